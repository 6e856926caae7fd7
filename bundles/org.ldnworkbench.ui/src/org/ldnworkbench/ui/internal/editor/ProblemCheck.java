package org.ldnworkbench.ui.internal.editor;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.pipeline.Pipeline;

/**
 * Runs the engine's checks on an editor's pipeline: {@link #schedule()} after each change, {@value #DELAY_MS} ms after
 * the last one so that typing or dragging does not check every step; {@link #now()} for the Validate command. The
 * check runs in a job on a copy of the pipeline; a result arriving after a newer check was started is dropped, so
 * the marks always belong to the pipeline as it is.
 */
final class ProblemCheck {
    /** Quiet time after a change before the pipeline is checked. */
    static final int DELAY_MS = 300;
    private final Display display;
    private final String name;
    private final Supplier<Pipeline> pipeline;
    private final Consumer<List<Problem>> result;
    private final PipelineCompiler compiler;
    private final Runnable delayed = this::now;
    private int generation;
    private boolean disposed;

    /**
     * @param display the UI thread's display: results are delivered there
     * @param name what is checked, for the job's name
     * @param pipeline the pipeline to check (read on the UI thread, copied before the job runs)
     * @param catalog the installed mechanisms
     * @param result receives each check's problems on the UI thread
     */
    ProblemCheck(Display display, String name, Supplier<Pipeline> pipeline, MechanismCatalog catalog,
            Consumer<List<Problem>> result) {
        this.display = display;
        this.name = name;
        this.pipeline = pipeline;
        this.compiler = new PipelineCompiler(catalog);
        this.result = result;
    }

    /** Checks {@value #DELAY_MS} ms after the last call. */
    void schedule() {
        if (!disposed) {
            display.timerExec(DELAY_MS, delayed);
        }
    }

    /**
     * Checks now.
     *
     * @return the job running the check
     */
    Job now() {
        display.timerExec(-1, delayed);
        int mine = ++generation;
        Pipeline copy = pipeline.get().copy();
        Job job = Job.create(NLS.bind(Messages.Check_job, name), monitor -> {
            List<Problem> found;
            try {
                found = compiler.validate(copy);
            } catch (RuntimeException e) {
                return Status.error(NLS.bind(Messages.Check_failed, name), e);
            }
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (!disposed && mine == generation) {
                        result.accept(found);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.setPriority(Job.SHORT);
        job.schedule();
        return job;
    }

    /** Drops pending checks and results that have not arrived. */
    void cancel() {
        generation++;
        if (!display.isDisposed()) {
            display.timerExec(-1, delayed);
        }
    }

    /** No further checks or results (the editor closes). */
    void dispose() {
        cancel();
        disposed = true;
    }
}
