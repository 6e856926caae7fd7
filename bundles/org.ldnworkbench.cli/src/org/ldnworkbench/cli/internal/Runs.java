package org.ldnworkbench.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.pipeline.Names;

/** Runs compiled pipelines in parallel (one per core) and summarises them, keeping their order. */
final class Runs {
    /** Most worker threads, whatever {@code --threads} asks: more only cost memory. */
    static final int MAX_THREADS = 256;

    private Runs() {
    }

    /**
     * Anything but a {@link SimulationException} thrown by a worker thread, an {@link Error} included, carried to
     * the calling thread with the scenario it happened in; {@link Failure} turns it into the one line the user
     * sees.
     */
    static final class WorkerFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String scenario;

        WorkerFailure(String scenario, Throwable cause) {
            super("while simulating " + scenario, cause);
            this.scenario = scenario;
        }

        /** @return e.g. {@code scenario 'ldn-pet'} or {@code the pipeline} */
        String scenario() {
            return scenario;
        }
    }

    /**
     * The summaries of every scenario, in order; a scenario that stopped early is summarised from its partial
     * result, and the first such failure (its message naming the scenario) is kept for the caller to report after
     * writing what was computed.
     *
     * @param runs one summary per scenario, partial ones included
     * @param failure the first scenario's failure, or null when every scenario completed
     */
    record Outcome(List<RunSummary> runs, SimulationException failure, Cancelled cancelled) {
        /** @return whether the user stopped the runs (then {@link #cancelled()} says where) */
        boolean wasCancelled() {
            return cancelled != null;
        }
    }

    /**
     * Where the runs were when the user stopped them: the first scenario (in file order) that did not finish, and
     * the simulated time up to which its samples are complete.
     */
    record Cancelled(String scenario, double time) {
    }

    /**
     * Runs every pipeline; fails at once only when a scenario stopped before its first output time (nothing to
     * keep, and earlier results must stay).
     */
    static Outcome runAll(List<CompiledPipeline> pipelines, int threads) throws SimulationException {
        return runAll(pipelines, threads, new NullProgressMonitor());
    }

    /**
     * Runs every pipeline until done or until {@code cancel} is cancelled: a scenario stopped that way is kept with
     * the samples it had (marked partial, reason {@value Simulator#CANCELLED}), one stopped before its first sample
     * cancels the whole command (nothing to keep, earlier results stay).
     *
     * @param cancel read from every worker thread, only for {@link IProgressMonitor#isCanceled()}
     */
    static Outcome runAll(List<CompiledPipeline> pipelines, int threads, IProgressMonitor cancel)
            throws SimulationException {
        return runAll(pipelines, threads, cancel, (index, summary) -> {
        });
    }

    /**
     * Told of each scenario's summary as soon as it exists, so that its results can be written while other
     * scenarios still simulate.
     */
    interface Finished {
        /**
         * Called once for each scenario that {@link #runAll} keeps: for a completed one by the thread that simulated
         * it, right after the simulation (the caller of {@link #runAll} may already have its {@link Outcome}); for
         * one that stopped early by the caller of {@link #runAll}, before it returns. Must not throw: it keeps its
         * own failures for its owner to report.
         *
         * @param index the scenario's place in the pipelines given to {@link #runAll}
         */
        void finished(int index, RunSummary summary);
    }

    /**
     * As {@link #runAll(List, int, IProgressMonitor)}, telling {@code finished} of every kept scenario as soon as its
     * summary exists. When this returns, every simulation has ended, but {@code finished} may still be running in
     * the worker threads for the last ones.
     */
    static Outcome runAll(List<CompiledPipeline> pipelines, int threads, IProgressMonitor cancel, Finished finished)
            throws SimulationException {
        int n = Math.max(1, Math.min(Math.min(threads, MAX_THREADS), pipelines.size()));
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "ldnwb-run");
            t.setDaemon(true);
            return t;
        });
        boolean returned = false;
        try {
            List<Future<RunSummary>> futures = new ArrayList<>();
            for (int i = 0; i < pipelines.size(); i++) {
                futures.add(simulate(pool, i, pipelines.get(i), cancel, finished));
            }
            List<RunSummary> out = new ArrayList<>();
            SimulationException first = null;
            Cancelled cancelled = null;
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    String scenario = pipelines.get(i).scenarioId();
                    if (c instanceof OperationCanceledException oce) {
                        SimulationResult partial = Simulator.partialResult(oce);
                        if (partial == null || partial.length() == 0) {
                            throw oce; // stopped before its first sample: nothing to keep
                        }
                        out.add(keep(i, RunSummary.of(partial), finished));
                        cancelled = cancelled == null ? new Cancelled(scenario, partial.failureTime()) : cancelled;
                        continue;
                    }
                    if (c instanceof SimulationException) {
                        SimulationException se = ((SimulationException) c)
                                .prefixed(scenario.isEmpty() ? "" : "scenario '" + scenario + "': ");
                        if (se.partialResult() == null || se.partialResult().length() == 0) {
                            throw se; // nothing computed (refused at the start): nothing to keep
                        }
                        out.add(keep(i, RunSummary.of(se.partialResult()), finished));
                        first = first == null ? se : first;
                        continue;
                    }
                    throw new WorkerFailure(scenario.isEmpty() ? "the pipeline" : "scenario " + Names.quote(scenario),
                            c == null ? e : c);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new OperationCanceledException();
                }
            }
            returned = true;
            return new Outcome(out, first, cancelled);
        } finally {
            if (returned) {
                pool.shutdown(); // every simulation ended; what finished still does must not be interrupted
            } else {
                pool.shutdownNow();
            }
        }
    }

    /**
     * Starts simulating one scenario; the future is done when its simulation ends, then the same thread tells
     * {@code finished} (the summary is the caller's before its results are written).
     */
    private static Future<RunSummary> simulate(ExecutorService pool, int index, CompiledPipeline p,
            IProgressMonitor cancel, Finished finished) {
        CompletableFuture<RunSummary> done = new CompletableFuture<>();
        pool.execute(() -> {
            RunSummary summary;
            try {
                summary = RunSummary.of(Simulator.run(p, cancelOnly(cancel)));
            } catch (Throwable t) { // carried to the caller as the cause of an ExecutionException, as by submit
                done.completeExceptionally(t);
                return;
            }
            done.complete(summary);
            finished.finished(index, summary);
        });
        return done;
    }

    /** Tells {@code finished} of a scenario kept with its partial result; returns the summary. */
    private static RunSummary keep(int index, RunSummary partial, Finished finished) {
        finished.finished(index, partial);
        return partial;
    }

    /**
     * A monitor of its own for each run, cancelled when {@code cancel} is: a run's progress reports stay in its
     * thread, only the flag is shared.
     */
    private static IProgressMonitor cancelOnly(IProgressMonitor cancel) {
        return new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return cancel.isCanceled();
            }
        };
    }

    static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
