package org.ldnworkbench.ui.internal.runs;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobGroup;
import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.registry.MechanismRegistry;

/**
 * One run of a pipeline, every scenario, from the workbench: checks the pipeline (problems stop it before anything
 * starts), simulates each scenario in a {@link ScenarioJob} of its own, in a {@link JobGroup} as wide as the machine,
 * waits for them, writes the run folder ({@link RunFolderWriter}; also for a failed or cancelled run, marked
 * partial), refreshes the workspace and hands the outcome to the user interface ({@link RunReport}). Cancelling this
 * job cancels its scenarios; every job of the run belongs to {@link #FAMILY}.
 */
public final class PipelineRun extends Job {
    /** The family of every job of every run, e.g. to wait for runs or cancel them. */
    public static final Object FAMILY = new Object();
    /** How often the run looks for a cancellation while its scenarios simulate. */
    private static final long POLL_MS = 50;

    /**
     * What to run and where its results go.
     *
     * @param pipeline the pipeline as it is to be run (a copy: the editor may change meanwhile)
     * @param fileName the pipeline file's name, which names its results folder
     * @param source the pipeline file as summary.json names it (its workspace path)
     * @param file the workspace file, for markers; null when the pipeline is outside the workspace
     * @param runs the folder of the pipeline's runs ({@link RunFolders#runsOf})
     * @param refresh the workspace container holding {@code runs}, refreshed after writing; null when none
     */
    public record Request(Pipeline pipeline, String fileName, String source, IFile file, Path runs,
            IContainer refresh) {
    }

    /**
     * How a run ended.
     *
     * @param problems the pipeline's problems when it was not run, else empty
     * @param run the run's data, null when it did not run
     * @param folder the run folder, null when none was written
     * @param failures the scenarios that failed, in the pipeline's order
     * @param cancelled whether a scenario was cancelled
     * @param writeError why the run folder could not be written, or null
     */
    public record Outcome(List<Problem> problems, RunData run, Path folder, List<ScenarioFailure> failures,
            boolean cancelled, String writeError) {
    }

    /** A scenario that stopped early: its id and name, and the engine's node, time and message. */
    public record ScenarioFailure(String scenarioId, String scenarioName, String node, double time, String message) {
    }

    private final Request request;
    private final RunReport report;
    private volatile Outcome outcome;

    /**
     * @param request what to run
     * @param report receives the outcome (on the UI thread it posts to)
     */
    public PipelineRun(Request request, RunReport report) {
        super(NLS.bind(Messages.Run_job, request.fileName()));
        this.request = request;
        this.report = report;
        // not a user job: its progress is in the status line and the Progress view, and the window stays usable
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** @return how the run ended, null while it runs */
    public Outcome outcome() {
        return outcome;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        Instant started = Instant.now();
        Pipeline pipeline = request.pipeline();
        PipelineCompiler compiler = new PipelineCompiler(MechanismRegistry.getDefault());
        report.starting(request);
        List<Problem> problems = compiler.validate(pipeline);
        List<CompiledPipeline> compiled = List.of();
        if (problems.isEmpty()) {
            try {
                compiled = compiler.compileAll(pipeline, request.source(), List.of());
                PipelineCompiler.checkRunSize(compiled, request.source());
            } catch (CompileException e) {
                problems = e.problems();
            }
        }
        if (!problems.isEmpty()) {
            return finish(new Outcome(problems, null, null, List.of(), false, null));
        }
        progress.worked(1);
        List<ScenarioJob> jobs = simulate(compiled, progress.split(7));
        List<RunSummary> summaries = new ArrayList<>();
        List<ScenarioFailure> failures = new ArrayList<>();
        boolean cancelled = false;
        for (ScenarioJob j : jobs) {
            summaries.add(RunSummary.of(j.result()));
            cancelled |= j.cancelled();
            if (j.failure() != null) {
                CompiledPipeline c = j.compiled();
                failures.add(new ScenarioFailure(c.scenarioId(), c.scenarioName(), j.failure().node(),
                        j.failure().time(), j.failure().getMessage()));
            }
        }
        progress.setTaskName(NLS.bind(Messages.Run_writing, request.fileName()));
        Outcome done = save(pipeline, started, summaries, failures, cancelled);
        progress.worked(2);
        finish(done);
        return cancelled ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    /** Simulates every scenario in a job of its own, and waits for them; a cancellation of this job cancels them. */
    private List<ScenarioJob> simulate(List<CompiledPipeline> compiled, IProgressMonitor monitor) {
        int threads = Math.max(1, Math.min(compiled.size(), Runtime.getRuntime().availableProcessors()));
        JobGroup group = new JobGroup(getName(), threads, compiled.size());
        List<ScenarioJob> jobs = new ArrayList<>();
        for (CompiledPipeline c : compiled) {
            ScenarioJob job = new ScenarioJob(c, FAMILY);
            job.setJobGroup(group);
            job.setPriority(Job.LONG);
            jobs.add(job);
        }
        jobs.forEach(Job::schedule);
        SubMonitor waiting = SubMonitor.convert(monitor, NLS.bind(Messages.Run_waiting, compiled.size()), 1);
        boolean cancelled = false;
        while (true) {
            if (!cancelled && waiting.isCanceled()) {
                cancelled = true;
                group.cancel();
            }
            try {
                if (group.join(POLL_MS, null)) {
                    break;
                }
            } catch (InterruptedException e) {
                group.cancel();
                cancelled = true;
                Thread.currentThread().interrupt();
            }
        }
        Thread.interrupted(); // the wait is over; what follows (writing the folder) must not be interrupted
        return jobs;
    }

    /** Writes the run folder and refreshes the workspace; a run that cannot be written is still shown. */
    private Outcome save(Pipeline pipeline, Instant started, List<RunSummary> summaries,
            List<ScenarioFailure> failures, boolean cancelled) {
        LocalDateTime local = LocalDateTime.ofInstant(started, ZoneId.systemDefault());
        String stem = RunFolders.stem(request.fileName());
        RunData unsaved = RunDataFactory.of(RunFolders.label(stem, RunFolders.baseName(local)), pipeline, null,
                started, summaries);
        Path folder;
        try {
            folder = RunFolderWriter.write(request.runs(), new RunFolderWriter.Contents(pipeline, request.source(),
                    summaries, unsaved, started));
        } catch (IOException | RuntimeException e) {
            ILog.of(getClass()).error(NLS.bind(Messages.Run_writeFailed_log, request.runs()), e);
            return new Outcome(List.of(), unsaved, null, failures, cancelled, e.getMessage());
        }
        refresh();
        RunData saved = RunDataFactory.of(RunFolders.label(stem, folder.getFileName().toString()), pipeline, folder,
                started, summaries);
        return new Outcome(List.of(), saved, folder, failures, cancelled, null);
    }

    private void refresh() {
        IContainer container = request.refresh();
        if (container != null) {
            try {
                container.refreshLocal(IResource.DEPTH_INFINITE, null);
            } catch (CoreException e) {
                ILog.of(getClass()).warn(NLS.bind(Messages.Run_refreshFailed, container.getFullPath(),
                        e.getMessage()));
            }
        }
    }

    private IStatus finish(Outcome done) {
        outcome = done;
        report.finished(request, done);
        return Status.OK_STATUS;
    }
}
