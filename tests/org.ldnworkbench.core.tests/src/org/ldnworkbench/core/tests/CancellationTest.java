package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;

/**
 * A run cancelled through its monitor keeps the samples computed so far, marked partial with the reason "cancelled"
 * and the time up to which they are complete, as a failed run keeps its samples.
 */
class CancellationTest {
    /** Cancels once the run has reported half of its progress. */
    private static final class CancelHalfway extends NullProgressMonitor {
        private int total;
        private int worked;

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        @Override
        public void worked(int work) {
            worked += work;
            if (worked >= total / 2) {
                setCanceled(true);
            }
        }
    }

    private static void assertKeptUpToTheCancellation(CompiledPipeline cp) throws Exception {
        SimulationResult full = Simulator.run(cp);
        OperationCanceledException e = assertThrows(OperationCanceledException.class,
                () -> Simulator.run(cp, new CancelHalfway()));
        SimulationResult partial = Simulator.partialResult(e);
        assertTrue(partial.isPartial());
        assertEquals(Simulator.CANCELLED, partial.failure());
        assertEquals("", partial.failureNode());
        double at = partial.failureTime();
        assertTrue(e.getMessage().contains("cancelled at t = "), e.getMessage());
        int n = partial.length();
        assertTrue(n > 1 && n < full.length(), n + " of " + full.length() + " samples");
        double end = cp.settings().end();
        assertTrue(at >= end / 2 * 0.9 && at < end, "cancelled halfway: t = " + at);
        assertTrue(partial.time()[n - 1] <= at, "samples up to the cancellation only");
        assertTrue(full.time()[n] >= at - 1e-9 * cp.settings().step(), "every sample before it is kept");
        assertArrayEquals(Arrays.copyOf(full.time(), n), Arrays.copyOf(partial.time(), n));
        for (int c = 0; c < full.columns().size(); c++) {
            assertArrayEquals(Arrays.copyOf(full.column(c), n), Arrays.copyOf(partial.column(c), n),
                    full.columns().get(c).name());
        }
    }

    @Test
    void anIntegratedRunKeepsItsSamplesUpToTheCancellation() throws Exception {
        assertKeptUpToTheCancellation(Pipelines.compile(Pipelines.oral(100, 0, 12, 4)));
    }

    /** A pipeline without states is sampled segment by segment; cancelled before its first, it keeps its start. */
    @Test
    void aRunWithoutStatesCancelledAtOnceKeepsItsStart() throws Exception {
        Pipeline p = new Pipeline().name("no states");
        p.simulation().start(2).end(48).step(0.25);
        p.add(new Node("d", "test.bolus").parameter("amount", 50).parameter("first", 3).parameter("count", 4));
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        OperationCanceledException e = assertThrows(OperationCanceledException.class,
                () -> Simulator.run(Pipelines.compile(p), cancelled));
        SimulationResult partial = Simulator.partialResult(e);
        assertEquals(Simulator.CANCELLED, partial.failure());
        assertEquals(1, partial.length());
        assertEquals(2, partial.time()[0], 0.0);
        assertEquals(2, partial.failureTime(), 0.0);
    }
}
