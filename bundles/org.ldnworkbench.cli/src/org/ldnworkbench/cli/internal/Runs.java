package org.ldnworkbench.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.SimulationException;
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

    static List<RunSummary> runAll(List<CompiledPipeline> pipelines, int threads) throws SimulationException {
        int n = Math.max(1, Math.min(Math.min(threads, MAX_THREADS), pipelines.size()));
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "ldnwb-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunSummary>> futures = new ArrayList<>();
            for (CompiledPipeline p : pipelines) {
                futures.add(pool.submit(() -> RunSummary.of(Simulator.run(p))));
            }
            List<RunSummary> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    String scenario = pipelines.get(i).scenarioId();
                    if (c instanceof SimulationException) {
                        SimulationException se = (SimulationException) c;
                        throw new SimulationException((scenario.isEmpty() ? "" : "scenario '" + scenario + "': ")
                                + se.getMessage(), se.time(), se.node(), se);
                    }
                    throw new WorkerFailure(scenario.isEmpty() ? "the pipeline" : "scenario " + Names.quote(scenario),
                            c == null ? e : c);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new org.eclipse.core.runtime.OperationCanceledException();
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
