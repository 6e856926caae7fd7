package org.ldnworkbench.ui.internal.scan;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobGroup;
import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.charts.core.ChartPalette;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.metrics.ParameterScan;
import org.ldnworkbench.core.pipeline.ParameterLayer;
import org.ldnworkbench.ui.internal.preferences.WorkbenchPreferences;

/**
 * A dose scan in the background: splits the values into chunks, runs them as {@link ScanChunkJob}s in a
 * {@link JobGroup} of at most one thread per processor, shows the runs done as its progress, then joins the chunks'
 * metric values into one table, writes the results folder and refreshes it in the workspace. Cancelling stops every
 * chunk before its next value (one run of each scenario at most, well under a second for the shipped pipelines).
 * The outcome goes to {@code finished} (a scan written) or {@code failed} (the first run that failed), from this
 * job's thread.
 */
public final class ScanJob extends Job {
    /** The family of a scan's jobs: the coordinating job and its chunks (tests join it). */
    public static final String FAMILY = "org.ldnworkbench.ui.scan";
    /** Chunks per processor: enough that a chunk of slow values does not leave the other threads idle at the end. */
    private static final int CHUNKS_PER_THREAD = 3;
    private static final long POLL_MILLIS = 50;

    private final ScanSettings settings;
    private final PipelineCompiler compiler;
    private final IContainer resultsFolder;
    private final Consumer<ScanResult> finished;
    private final Consumer<ScanFailure> failed;

    /**
     * @param resultsFolder the pipeline's results folder, {@code <project>/<results folder>/<pipeline stem>}
     * @param finished told of the written scan
     * @param failed told of the run that stopped the scan
     */
    public ScanJob(ScanSettings settings, PipelineCompiler compiler, IContainer resultsFolder,
            Consumer<ScanResult> finished, Consumer<ScanFailure> failed) {
        super(NLS.bind(Messages.Job_name, settings.parameter().name(), settings.pipeline().name()));
        this.settings = settings;
        this.compiler = compiler;
        this.resultsFolder = resultsFolder;
        this.finished = finished;
        this.failed = failed;
        setUser(true);
        setPriority(LONG);
    }

    @Override
    public boolean belongsTo(Object family) {
        return FAMILY.equals(family);
    }

    /** @return how many processors the scan uses at most */
    public static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Instant started = Instant.now();
        SubMonitor progress = SubMonitor.convert(monitor, getName(), settings.runs() + 1);
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean stopped = new AtomicBoolean();
        List<ScanChunkJob> chunks = chunks(done, stopped);
        JobGroup group = new JobGroup(getName(), threads(), chunks.size()) {
            @Override
            protected boolean shouldCancel(IStatus last, int failedJobs, int canceledJobs) {
                return failedJobs > 0; // the first failure stops the scan: its values would be incomplete
            }
        };
        chunks.forEach(c -> {
            c.setJobGroup(group);
            c.schedule();
        });
        if (!await(group, progress, done, stopped)) {
            return Status.CANCEL_STATUS;
        }
        ScanFailure failure = firstFailure(group.getResult());
        if (failure != null) {
            failed.accept(failure);
            return Status.error(describe(failure));
        }
        if (group.getResult().matches(IStatus.CANCEL)) {
            return Status.CANCEL_STATUS;
        }
        progress.subTask(Messages.Job_writing);
        ScanResult scanned = new ScanResult(settings, joined(chunks), null, started);
        try {
            Path folder = ScanFolder.write(resultsFolder.getLocation().toFile().toPath(), scanned,
                    ChartPalette.named(WorkbenchPreferences.chartPalette()));
            resultsFolder.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
            finished.accept(new ScanResult(settings, scanned.result(), folder, started));
            return Status.OK_STATUS;
        } catch (IOException | CoreException e) {
            return Status.error(NLS.bind(Messages.Job_writeFailed, resultsFolder.getFullPath(), e.getMessage()), e);
        }
    }

    /**
     * Waits for the chunks, showing the runs done; on cancel, stops them and waits for them to stop.
     *
     * @return false when cancelled
     */
    private static boolean await(JobGroup group, SubMonitor progress, AtomicInteger done, AtomicBoolean stopped) {
        int shown = 0;
        try {
            while (!group.join(POLL_MILLIS, null)) {
                int now = done.get();
                progress.worked(now - shown);
                shown = now;
                if (progress.isCanceled()) {
                    stopped.set(true);
                    group.cancel();
                    group.join(0, null);
                    return false;
                }
            }
            progress.worked(done.get() - shown);
            return true;
        } catch (InterruptedException | OperationCanceledException e) {
            stopped.set(true);
            group.cancel();
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private List<ScanChunkJob> chunks(AtomicInteger done, AtomicBoolean stopped) {
        double[] values = settings.values();
        int count = Math.min(values.length, threads() * CHUNKS_PER_THREAD);
        ParameterScan scan = new ParameterScan(compiler, settings.pipeline(), settings.source(),
                List.<ParameterLayer>of(), settings.parameter().name());
        List<ScanChunkJob> chunks = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            double[] part = Arrays.copyOfRange(values, c * values.length / count, (c + 1) * values.length / count);
            chunks.add(new ScanChunkJob(NLS.bind(Messages.Job_chunk, getName(), c + 1), scan, part, settings, done,
                    stopped));
        }
        return chunks;
    }

    /** @return the chunks' tables as one, in the order of the values */
    private static ParameterScan.Result joined(List<ScanChunkJob> chunks) {
        List<double[]> values = new ArrayList<>();
        List<double[]> runValues = new ArrayList<>();
        List<double[]> lastDay = new ArrayList<>();
        ParameterScan.Result first = chunks.get(0).result();
        for (ScanChunkJob c : chunks) {
            ParameterScan.Result r = c.result();
            values.add(r.values());
            runValues.addAll(Arrays.asList(r.runValues()));
            lastDay.addAll(Arrays.asList(r.lastDayValues()));
        }
        double[] all = values.stream().flatMapToDouble(Arrays::stream).toArray();
        return new ParameterScan.Result(all, first.scenarioNames(), first.metrics(),
                runValues.toArray(double[][]::new), lastDay.toArray(double[][]::new));
    }

    private static ScanFailure firstFailure(IStatus status) {
        if (status.getException() instanceof ScanFailure.Thrown t) {
            return t.failure();
        }
        for (IStatus child : status.getChildren()) {
            ScanFailure f = firstFailure(child);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** @return the failure in one line, for the log and the Progress view */
    static String describe(ScanFailure f) {
        return NLS.bind(Messages.Job_failed, new Object[] { f.parameter(), f.value(), f.scenario(), f.message() });
    }
}
