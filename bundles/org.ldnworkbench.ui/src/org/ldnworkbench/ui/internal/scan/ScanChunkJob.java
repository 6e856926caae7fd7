package org.ldnworkbench.ui.internal.scan;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.metrics.ParameterScan;

/**
 * One worker of a scan: runs a contiguous chunk of the values (every chosen scenario of each) on its own thread
 * through {@link ParameterScan#run} with one thread, so that the scan's {@link org.eclipse.core.runtime.jobs.JobGroup}
 * decides how many chunks run at once. With one thread the core runs the values in order and the scenarios of each in
 * order, one progress tick after each run: the number of ticks at a failure is the index of the run that failed,
 * which names its value and scenario.
 */
final class ScanChunkJob extends Job {
    private final ParameterScan scan;
    private final double[] values;
    private final ScanSettings settings;
    private final AtomicInteger done;
    private final AtomicBoolean stopped;
    private ParameterScan.Result result;

    /**
     * @param done counts the runs finished by all chunks (the scan's progress)
     * @param stopped set when the scan is cancelled
     */
    ScanChunkJob(String name, ParameterScan scan, double[] values, ScanSettings settings, AtomicInteger done,
            AtomicBoolean stopped) {
        super(name);
        this.scan = scan;
        this.values = values;
        this.settings = settings;
        this.done = done;
        this.stopped = stopped;
        setSystem(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return ScanJob.FAMILY.equals(family);
    }

    /** @return the metric values of the chunk's runs, null unless the job finished them all */
    ParameterScan.Result result() {
        return result;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Relay relay = new Relay(monitor);
        try {
            result = scan.run(values, 1, relay);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (CompileException e) {
            return failed(relay.ticks, "", Double.NaN, e);
        } catch (SimulationException e) {
            return failed(relay.ticks, e.node(), e.time(), e);
        } catch (RuntimeException e) {
            return failed(relay.ticks, "", Double.NaN, e);
        }
    }

    private IStatus failed(int run, String node, double time, Exception e) {
        List<String> names = settings.runNames();
        int value = Math.min(run / names.size(), values.length - 1);
        ScanFailure f = new ScanFailure(settings.parameter().name(), values[value], names.get(run % names.size()),
                node == null ? "" : node, time, e.getMessage() == null ? e.toString() : e.getMessage());
        return Status.error(NLS.bind(Messages.Job_chunkFailed, settings.parameter().name(), values[value]),
                new ScanFailure.Thrown(f, e));
    }

    /** The core's progress monitor for one chunk: counts its runs and sees the job's and the scan's cancellation. */
    private final class Relay extends NullProgressMonitor {
        private final IProgressMonitor job;
        private volatile int ticks;

        Relay(IProgressMonitor job) {
            this.job = job;
        }

        @Override
        public void worked(int work) {
            ticks += work; // one worker thread: the core's pool has one thread
            done.addAndGet(work);
        }

        @Override
        public boolean isCanceled() {
            return stopped.get() || job.isCanceled();
        }
    }
}
