package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.pipeline.Integrator;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;

/** RK4 with a step beyond the stability of the pipeline's fastest process is refused before it integrates. */
class FixedStepStabilityTest {
    private static Pipeline fastDecay(double k, double fixedStep) {
        Pipeline p = new Pipeline().name("fast");
        p.simulation().start(0).end(10).step(0.5).integrator(Integrator.RK4).fixedStep(fixedStep);
        p.add(new Node("d", "test.fastDecay").parameter("k", k).parameter("x0", 1));
        return p;
    }

    private static SimulationException fails(Pipeline p) {
        return assertThrows(SimulationException.class, () -> Simulator.run(Pipelines.compile(p)));
    }

    @Test
    void aStepBeyondTheFastestTimeConstantIsRefusedAtTheStart() {
        // k = 100/h: h lambda = -10, far outside RK4's interval [-2.785, 0]
        SimulationException e = fails(fastDecay(100, 0.1));
        assertEquals("d", e.node());
        assertEquals(0, e.time(), 0.0);
        assertEquals("node 'd': the fixed step 0.1 h is outside RK4's stability region at t = 0 h: state 'x' has a "
                + "time constant of 0.01 h (eigenvalue -100 1/h) and RK4 is stable here only for steps up to "
                + "0.0279 h; reduce fixedStep or use an adaptive integrator", e.getMessage());
    }

    @Test
    void aStepThatResolvesTheFastestTimeConstantRuns() throws Exception {
        // h lambda = -0.4: stable and accurate
        SimulationResult r = Simulator.run(Pipelines.compile(fastDecay(100, 0.004)));
        double[] y = r.column(r.columnIndex("d.y"));
        assertEquals(Math.exp(-100 * 0.5), y[1], 1e-6);
    }

    /** The pre-flight (what validate runs) refuses what the run refuses at its start, with the same message. */
    @Test
    void thePreflightRefusesTheStepAtTheStartAsTheRunDoes() throws Exception {
        for (double h : new double[] { 0.1, 0.02 }) {
            var cp = Pipelines.compile(fastDecay(100, h));
            SimulationException run = assertThrows(SimulationException.class, () -> Simulator.run(cp));
            SimulationException pre = assertThrows(SimulationException.class, () -> Simulator.preflight(cp));
            assertEquals(run.getMessage(), pre.getMessage());
            assertEquals("d", pre.node());
        }
        Simulator.preflight(Pipelines.compile(fastDecay(100, 0.004)));
    }

    /**
     * Stable is not accurate: h lambda = -2 is inside RK4's stability interval [-2.785, 0], but RK4 multiplies the
     * mode by R(-2) = 0.333 per step instead of e^-2 = 0.135 (a relative error of 146 %).
     */
    @Test
    void aStableButTooCoarseStepIsRefusedAtTheStart() {
        SimulationException e = fails(fastDecay(100, 0.02));
        assertEquals("d", e.node());
        assertEquals(0, e.time(), 0.0);
        assertEquals("node 'd': the fixed step 0.02 h is too coarse for RK4 to follow the system accurately at t = "
                + "0 h: state 'x' has a time constant of 0.01 h (eigenvalue -100 1/h) and RK4 is accurate here (step "
                + "times |eigenvalue| at most 0.5) only for steps up to 0.005 h; reduce fixedStep or use an adaptive "
                + "integrator", e.getMessage());
    }

    /** At the documented bound h |lambda| = 0.5 the error of one step is below 1e-3 of the mode (4e-4). */
    @Test
    void theLargestAccurateStepRunsAndIsAccurate() throws Exception {
        SimulationResult r = Simulator.run(Pipelines.compile(fastDecay(1, 0.5)));
        double[] y = r.column(r.columnIndex("d.y"));
        assertEquals(Math.exp(-0.5), y[1], 4e-4 * Math.exp(-0.5));
        assertThrows(SimulationException.class, () -> Simulator.run(Pipelines.compile(fastDecay(1.01, 0.5))));
    }

    /** An undamped oscillation (eigenvalues +- 10i) is judged too: RK4 at h = 0.1 loses its phase. */
    @Test
    void anUndampedOscillationMustBeResolved() throws Exception {
        Pipeline p = oscillator(0, 0.1);
        String m = fails(p).getMessage();
        assertTrue(m.contains("too coarse") && m.contains("\u00b1 10i 1/h") && m.contains("steps up to 0.05 h"), m);
        p.simulation().fixedStep(0.01);
        SimulationResult r = Simulator.run(Pipelines.compile(p));
        double[] x = r.column(r.columnIndex("x.y"));
        // 1000 steps, each off by about (h |lambda|)^5 / 120 = 8e-8 in phase
        assertEquals(Math.cos(10 * 10), x[x.length - 1], 2e-4);
    }

    /** The time constant of x' = -k x^2 is 1/(2 k x): a large dose makes the step unstable from its time on. */
    @Test
    void theStepIsCheckedAgainAfterEachEvent() {
        Pipeline p = new Pipeline().name("dose");
        p.simulation().start(0).end(10).step(0.5).integrator(Integrator.RK4).fixedStep(0.1);
        p.add(new Node("dosing", "test.bolus").parameter("amount", 100).parameter("first", 5));
        p.add(new Node("x", "test.secondOrder").parameter("k", 1).parameter("x0", 0.1));
        p.connect("dosing.dose", "x.dose");
        SimulationException e = fails(p);
        assertEquals(5, e.time(), 0.0);
        assertTrue(e.getMessage().startsWith("node 'x': the fixed step 0.1 h is outside RK4's stability region at "
                + "t = 5 h: state 'x' has a time constant of 0.005"), e.getMessage());
    }

    /** x' = -0.5 x - 10 w, w' = 10 x - 0.5 w: eigenvalues -0.5 +- 10i, an oscillation RK4 cannot follow at h = 0.5. */
    @Test
    void anUnstableOscillationIsNamedWithItsComplexEigenvalue() throws Exception {
        Pipeline p = oscillator(0.5, 0.5);
        String m = fails(p).getMessage();
        assertTrue(m.contains("eigenvalue -0.5 \u00b1 10i 1/h") && m.contains("time constant of 0.0999 h"), m);
        p.simulation().fixedStep(0.01); // h |lambda| = 0.1: stable and accurate
        SimulationResult r = Simulator.run(Pipelines.compile(p));
        double[] x = r.column(r.columnIndex("x.y"));
        assertEquals(Math.exp(-0.5 * 10) * Math.cos(10 * 10), x[x.length - 1], 1e-6);
    }

    private static Pipeline oscillator(double k, double fixedStep) {
        Pipeline p = new Pipeline().name("oscillator");
        p.simulation().start(0).end(10).step(0.5).integrator(Integrator.RK4).fixedStep(fixedStep);
        p.add(new Node("x", "test.decay").parameter("k", k).parameter("x0", 1));
        p.add(new Node("w", "test.decay").parameter("k", k).parameter("x0", 0));
        p.add(new Node("toW", "test.gain").parameter("g", 10));
        p.add(new Node("toX", "test.gain").parameter("g", -10));
        p.connect("x.y", "toW.u");
        p.connect("toW.y", "w.u");
        p.connect("w.y", "toX.u");
        p.connect("toX.y", "x.u");
        return p;
    }
}
