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

/** Runs compiled pipelines in parallel (one per core) and summarises them, keeping their order. */
final class Runs {
    private Runs() {
    }

    static List<RunSummary> runAll(List<CompiledPipeline> pipelines, int threads) throws SimulationException {
        int n = Math.max(1, Math.min(threads, pipelines.size()));
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
                    if (c instanceof SimulationException) {
                        SimulationException se = (SimulationException) c;
                        String scenario = pipelines.get(i).scenarioId();
                        throw new SimulationException((scenario.isEmpty() ? "" : "scenario '" + scenario + "': ")
                                + se.getMessage(), se.time(), se.node(), se);
                    }
                    if (c instanceof RuntimeException) {
                        throw (RuntimeException) c;
                    }
                    throw new IllegalStateException(c);
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
