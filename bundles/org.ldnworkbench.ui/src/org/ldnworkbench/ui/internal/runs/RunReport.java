package org.ldnworkbench.ui.internal.runs;

/**
 * Who hears how a run goes: the workbench's report shows problems, failures and the results
 * ({@link WorkbenchRunReport}). Called from the run's job thread.
 */
public interface RunReport {
    /** The run starts: earlier reports about the same pipeline no longer apply. */
    void starting(PipelineRun.Request request);

    /** The run ended (or was refused for its problems). */
    void finished(PipelineRun.Request request, PipelineRun.Outcome outcome);
}
