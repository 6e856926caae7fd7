package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.pipeline.Integrator;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;

/** The engine against closed-form solutions. */
class EngineClosedFormTest {
    private static final double KA = 1.5;
    private static final double KE = 0.2;
    private static final double V = 40;
    private static final double F = 0.8;

    @Test
    void singleOralDoseMatchesBatemanTo1e7() throws Exception {
        SimulationResult r = Simulator.run(Pipelines.compile(Pipelines.oral(100, 0, 24, 1)));
        int c = r.columnIndex("pk.C");
        assertEquals(193, r.length());
        double worst = 0;
        for (int i = 1; i < r.length(); i++) {
            double t = r.time()[i];
            double exact = Pipelines.bateman(t, 100, KA, KE, V, F);
            worst = Math.max(worst, Math.abs(r.column(c)[i] - exact) / exact);
        }
        assertTrue(worst < 1e-7, "worst relative error " + worst);
        assertEquals(0.0, r.column(c)[0], 0.0);
    }

    @Test
    void repeatedDosesAreTheSuperpositionOfSingleDoses() throws Exception {
        double[] doseTimes = { 1.3, 9.3, 17.3, 25.3, 33.3 };
        SimulationResult r = Simulator.run(Pipelines.compile(Pipelines.oral(25, 1.3, 8, 5)));
        int c = r.columnIndex("pk.C");
        double worst = 0;
        for (int i = 0; i < r.length(); i++) {
            double t = r.time()[i];
            double exact = 0;
            for (double td : doseTimes) {
                exact += Pipelines.bateman(t - td, 25, KA, KE, V, F);
            }
            if (exact > 1e-9) {
                worst = Math.max(worst, Math.abs(r.column(c)[i] - exact) / exact);
            } else {
                assertEquals(0.0, r.column(c)[i], 1e-12);
            }
        }
        assertTrue(worst < 1e-7, "worst relative error " + worst);
    }

    @Test
    void eventOnAnOutputTimeIsAppliedBeforeThatSample() throws Exception {
        Pipeline p = Pipelines.oral(10, 5.0, 24, 1);
        SimulationResult r = Simulator.run(Pipelines.compile(p));
        int gut = r.columnIndex("pk.gut");
        int at5 = 20; // step 0.25
        assertEquals(5.0, r.time()[at5], 0.0);
        assertEquals(0.0, r.column(gut)[at5 - 1], 0.0);
        assertEquals(10.0, r.column(gut)[at5], 1e-12);
        assertEquals(10.0 * Math.exp(-KA * 0.25), r.column(gut)[at5 + 1], 1e-8);
    }

    @Test
    void feedbackThroughStatesIsLegalAndExact() throws Exception {
        // x' = -k x + g x  =>  x = x0 exp((g - k) t)
        Pipeline p = new Pipeline().name("feedback");
        p.simulation().start(0).end(10).step(0.5).rtol(1e-12).atol(1e-14);
        p.add(new Node("x", "test.decay").parameter("k", 0.5).parameter("x0", 2));
        p.add(new Node("g", "test.gain").parameter("g", 0.2));
        p.connect("x.y", "g.u");
        p.connect("g.y", "x.u");
        SimulationResult r = Simulator.run(Pipelines.compile(p));
        int c = r.columnIndex("x.y");
        int gc = r.columnIndex("g.y");
        for (int i = 0; i < r.length(); i++) {
            double t = r.time()[i];
            double exact = 2 * Math.exp(-0.3 * t);
            assertEquals(exact, r.column(c)[i], 1e-9 * exact);
            assertEquals(0.2 * exact, r.column(gc)[i], 1e-9 * exact);
        }
    }

    @Test
    void rk4FixedStepIsAccurateToItsOrder() throws Exception {
        Pipeline p = Pipelines.oral(100, 0, 24, 1);
        p.simulation().integrator(Integrator.RK4).fixedStep(0.01);
        SimulationResult r = Simulator.run(Pipelines.compile(p));
        int c = r.columnIndex("pk.C");
        for (int i = 4; i < r.length(); i++) {
            double exact = Pipelines.bateman(r.time()[i], 100, KA, KE, V, F);
            assertEquals(exact, r.column(c)[i], 1e-6 * exact);
        }
    }

    @Test
    void compiledPipelineRunsRepeatedlyWithEqualResults() throws Exception {
        CompiledPipeline cp = Pipelines.compile(Pipelines.oral(100, 2, 12, 3));
        SimulationResult a = Simulator.run(cp);
        SimulationResult b = Simulator.run(cp);
        int c = a.columnIndex("pk.C");
        for (int i = 0; i < a.length(); i++) {
            assertEquals(a.column(c)[i], b.column(c)[i], 0.0);
        }
    }

    @Test
    void cancellationStopsTheRun() throws Exception {
        CompiledPipeline cp = Pipelines.compile(Pipelines.oral(100, 0, 24, 1));
        NullProgressMonitor m = new NullProgressMonitor();
        m.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> Simulator.run(cp, m));
    }

    @Test
    void nonFiniteDerivativeNamesNodeStateAndTime() throws Exception {
        Pipeline p = new Pipeline().name("nan");
        p.simulation().start(0).end(10).step(0.5);
        p.add(new Node("bad", "test.nan").parameter("at", 3));
        SimulationException e = assertThrows(SimulationException.class, () -> Simulator.run(Pipelines.compile(p)));
        assertEquals("bad", e.node());
        assertTrue(e.getMessage().contains("node 'bad'") && e.getMessage().contains("state 'x'"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(mechanism test.nan from org.ldnworkbench.core.tests)"), e.getMessage());
        assertTrue(e.time() >= 3 && e.time() < 10, "time " + e.time());
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void mechanismThatThrowsIsNamedWithItsCallAndTime() throws Exception {
        // the faulty node feeds the decay node's input, so its output is part of the right-hand side
        Pipeline p = new Pipeline().name("fault");
        p.simulation().start(0).end(10).step(0.5);
        p.add(new Node("x", "test.decay").parameter("x0", 1));
        p.add(new Node("bad", "test.throwAfter").parameter("at", 4));
        p.connect("x.y", "bad.u");
        p.connect("bad.y", "x.u");
        SimulationException e = assertThrows(SimulationException.class, () -> Simulator.run(Pipelines.compile(p)));
        assertEquals("bad", e.node());
        String m = e.getMessage();
        assertTrue(m.contains("node 'bad'") && m.contains("test.throwAfter") && m.contains("output 'bad.y'")
                && m.contains("deliberate fault after t = 4"), m);
        assertTrue(m.endsWith("(mechanism test.throwAfter from org.ldnworkbench.core.tests)"), m);
        assertTrue(e.time() > 4 && e.time() < 10, "time " + e.time());
        // what was computed up to the failure is kept, marked partial with the failure's node, time and reason
        SimulationResult partial = e.partialResult();
        assertTrue(partial.isPartial());
        assertEquals(m, partial.failure());
        assertEquals("bad", partial.failureNode());
        assertEquals(e.time(), partial.failureTime());
        assertTrue(partial.length() > 0, "samples before the failure are kept");
        assertTrue(partial.time()[partial.length() - 1] <= e.time(), "no sample after the failure");
        assertEquals(0.0, partial.time()[0]);
    }
}
