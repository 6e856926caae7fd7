package org.ldnworkbench.ui.internal.runs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;

/**
 * Simulates one scenario of a run, with its own progress in the Progress view; cancelling it stops the simulation
 * at its next step (the engine looks at the monitor after every step) and keeps what was computed up to then. A
 * failed scenario keeps its samples up to the failure too; neither stops the other scenarios of the run.
 */
final class ScenarioJob extends Job {
    private final CompiledPipeline compiled;
    private final Object family;
    private volatile SimulationResult result;
    private volatile SimulationException failure;

    ScenarioJob(CompiledPipeline compiled, Object family) {
        super(NLS.bind(Messages.Run_scenarioJob, compiled.name(), compiled.scenarioName()));
        this.compiled = compiled;
        this.family = family;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 1);
        try {
            result = Simulator.run(compiled, progress.split(1));
            return Status.OK_STATUS;
        } catch (SimulationException e) {
            failure = e;
            result = e.partialResult();
            return Status.OK_STATUS; // reported by the run, with the scenario, node and time
        } catch (OperationCanceledException e) {
            result = Simulator.partialResult(e);
            return Status.CANCEL_STATUS;
        }
    }

    @Override
    public boolean belongsTo(Object f) {
        return f == family;
    }

    /** @return the scenario */
    CompiledPipeline compiled() {
        return compiled;
    }

    /** @return why the scenario stopped early, or null */
    SimulationException failure() {
        return failure;
    }

    /**
     * @return the scenario's (possibly partial) result; for a scenario cancelled before it started, the state at
     *         the start, marked cancelled at the start time (so that the run shows it as partial, not as missing)
     */
    SimulationResult result() {
        if (result == null) {
            NullProgressMonitor cancelled = new NullProgressMonitor();
            cancelled.setCanceled(true);
            try {
                result = Simulator.run(compiled, cancelled);
            } catch (OperationCanceledException e) {
                result = Simulator.partialResult(e);
            } catch (SimulationException e) {
                failure = e;
                result = e.partialResult();
            }
        }
        return result;
    }

    /** @return whether the scenario was cancelled (before or while it ran) */
    boolean cancelled() {
        SimulationResult r = result();
        return r != null && Simulator.CANCELLED.equals(r.failure());
    }
}
