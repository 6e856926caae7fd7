package org.ldnworkbench.ui.internal.results.live;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.pipeline.ParameterLayer;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.ui.internal.runs.RunData;
import org.ldnworkbench.ui.internal.runs.RunDataFactory;

/**
 * One live re-run: compiles a copy of the pipeline as it was at a change, simulates all its scenarios in parallel
 * and hands the run to its {@link LiveRerun}. A system job (no progress dialog, no entry in the Progress view): a
 * live run takes tens of milliseconds and is replaced at the next change. Its monitor is the one every scenario's
 * {@link Simulator#run} checks, so cancelling the job stops all of them within a step.
 */
final class LiveJob extends Job {
    private final LiveRerun owner;
    private final PipelineCompiler compiler;
    private final Pipeline pipeline;
    private final String source;
    private final List<ParameterLayer> layers;
    private final AtomicBoolean stale = new AtomicBoolean();

    /**
     * @param pipeline a copy the job owns (the document's pipeline changes on the UI thread)
     * @param source the editor's name, for problems
     * @param layers the sweep's layer, or none
     */
    LiveJob(LiveRerun owner, PipelineCompiler compiler, Pipeline pipeline, String source,
            List<ParameterLayer> layers) {
        super(NLS.bind(Messages.LiveJob_name, pipeline.name()));
        this.owner = owner;
        this.compiler = compiler;
        this.pipeline = pipeline;
        this.source = source;
        this.layers = layers;
        setSystem(true);
        setPriority(INTERACTIVE);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == LiveRerun.JOB_FAMILY;
    }

    /** @return true the first time only: the job is counted as stale once */
    boolean markStale() {
        return stale.compareAndSet(false, true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Instant started = Instant.now();
        List<CompiledPipeline> runs;
        try {
            runs = compiler.compileAll(pipeline, source, layers);
        } catch (CompileException e) {
            owner.invalid(this); // the editor shows the problems; the last good run stays
            return Status.OK_STATUS;
        }
        if (monitor.isCanceled()) {
            owner.cancelled(this);
            return Status.CANCEL_STATUS;
        }
        owner.simulating(this);
        try {
            IProgressMonitor cancelOnly = new CancelOnly(monitor);
            List<RunSummary> summaries = runs.parallelStream().map(r -> simulate(r, cancelOnly)).toList();
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            owner.finished(this, RunDataFactory.of(LiveRerun.LABEL, pipeline, null, started, summaries));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            owner.cancelled(this);
            return Status.CANCEL_STATUS;
        }
    }

    /** @return the scenario's summary; a failed scenario keeps its samples up to the failure, as the Run command's */
    private static RunSummary simulate(CompiledPipeline run, IProgressMonitor monitor) {
        SimulationResult result;
        try {
            result = Simulator.run(run, monitor);
        } catch (SimulationException e) {
            result = e.partialResult();
        }
        return RunSummary.of(result);
    }

    /**
     * The job's cancellation without its progress: the scenarios run in parallel threads and each would begin its
     * own task on a monitor made for one thread; nobody sees a system job's progress anyway.
     */
    private static final class CancelOnly extends NullProgressMonitor {
        private final IProgressMonitor job;

        CancelOnly(IProgressMonitor job) {
            this.job = job;
        }

        @Override
        public boolean isCanceled() {
            return job.isCanceled();
        }
    }
}
