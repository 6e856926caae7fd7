package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.ValueRange;
import org.ldnworkbench.core.pipeline.Integrator;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.registry.MechanismRegistry;

/** States and outputs against the ranges their mechanisms declare, checked during the run. */
class RangeCheckTest {
    /** One ramp node: x' = r from x0, y = g x; x declared in [0, 100] mg, y in [0, 1]. */
    private static Pipeline ramp(double r, double x0, double g) {
        Pipeline p = new Pipeline().name("ramp");
        p.simulation().start(0).end(10).step(0.25);
        p.add(new Node("r", "test.ramp").parameter("r", r).parameter("x0", x0).parameter("g", g));
        return p;
    }

    private static SimulationException fails(Pipeline p) {
        return assertThrows(SimulationException.class, () -> Simulator.run(Pipelines.compile(p)));
    }

    @Test
    void declaredRangesAreReadFromTheFragment() {
        MechanismSpec s = MechanismRegistry.getDefault().spec("test.ramp");
        assertEquals(new ValueRange(0, 100), s.states().get(0).range());
        assertEquals(new ValueRange(0, 1), s.outputs().get(0).range());
        assertEquals("[0, 1]", s.outputs().get(0).range().toString());
        MechanismSpec decay = MechanismRegistry.getDefault().spec("test.fastDecay");
        assertEquals(0, decay.states().get(0).range().min());
        assertEquals(Double.POSITIVE_INFINITY, decay.states().get(0).range().max());
        assertFalse(MechanismRegistry.getDefault().spec("test.decay").states().get(0).range().isBounded());
    }

    @Test
    void aStateBelowItsMinimumStopsTheRunNamingNodeStateValueAndTime() {
        SimulationException e = fails(ramp(-1, 1, 0.01));
        String m = e.getMessage();
        assertEquals("r", e.node());
        assertTrue(m.startsWith("node 'r': state 'x' = -") && m.contains(" mg is below its minimum 0 at t = ")
                && m.endsWith(" h: the integration is inaccurate or unstable; tighten rtol/atol"), m);
        assertTrue(e.time() > 1 && e.time() <= 10, "time " + e.time());
    }

    @Test
    void aStateAboveItsMaximumStopsTheRun() {
        String m = fails(ramp(10, 50, 0.001)).getMessage();
        assertTrue(m.contains("state 'x' = ") && m.contains("is above its maximum 100 at t = "), m);
    }

    @Test
    void anOutputOutsideItsRangeStopsTheRunAtTheFirstOutputTimeBeyondIt() {
        // y = 0.5 t crosses its maximum 1 at t = 2; the first output time past it is 2.25 h
        SimulationException e = fails(ramp(1, 0, 0.5));
        assertEquals(2.25, e.time(), 0.0);
        String m = e.getMessage();
        assertTrue(m.matches("node 'r': output 'y' = 1\\.1[23] fraction is above its maximum 1 at t = 2\\.25 h: the "
                + "integration is inaccurate or unstable, or the mechanism computes it wrongly; tighten rtol/atol"), m);
    }

    @Test
    void theFixedStepIntegratorIsCheckedToo() {
        Pipeline p = ramp(-1, 1, 0.01);
        p.simulation().integrator(Integrator.RK4).fixedStep(0.5);
        SimulationException e = fails(p);
        // the state is checked at the end of every step: x = 1 - t is first beyond round-off at t = 1.5
        assertEquals(1.5, e.time(), 1e-12);
        assertTrue(e.getMessage().contains("state 'x' = -0.5 mg is below its minimum 0 at t = 1.5 h")
                && e.getMessage().endsWith("reduce the fixed step"), e.getMessage());
    }

    @Test
    void valuesInsideTheirRangesRunAsBefore() throws Exception {
        SimulationResult r = Simulator.run(Pipelines.compile(ramp(-0.05, 1, 0.01)));
        double[] y = r.column(r.columnIndex("r.y"));
        assertEquals(0.01 * 0.5, y[y.length - 1], 1e-12);
    }

    /** A fast decay to 0 overshoots by round-off (about -1e-12 mg): inside the allowance, no alarm. */
    @Test
    void roundOffAroundABoundIsNoAlarm() throws Exception {
        Pipeline p = new Pipeline().name("decay");
        p.simulation().start(0).end(100).step(1);
        p.add(new Node("d", "test.fastDecay").parameter("k", 1e4).parameter("x0", 1));
        SimulationResult r = Simulator.run(Pipelines.compile(p));
        double[] y = r.column(r.columnIndex("d.y"));
        assertEquals(0, y[y.length - 1], 1e-9);
    }

    /**
     * A slope so large that its square over the tolerance overflows (1e200 per hour against a scale of 1e-8) makes
     * Commons Math's estimate of the adaptive integrator's first step 0, then 0 / 0 = NaN; the failure is reported at the last time the run reached, not "at
     * t = NaN h" (a dose list of 1e150 mg did this).
     */
    @Test
    void aStepSizeThatStopsBeingFiniteIsReportedAtARealTime() {
        Pipeline p = new Pipeline().name("overflow");
        p.simulation().start(0).end(1).step(0.5);
        p.add(new Node("c", "test.constantRate").parameter("c", 1e200).parameter("x0", 1));
        SimulationException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> fails(p));
        assertEquals(0, e.time(), 0.0, e.getMessage());
        assertFalse(e.getMessage().contains("NaN"), e.getMessage());
        assertEquals("node 'c': state 'x' changes at 1e+200 1/h at t = 0 h, beyond what the integrator can resolve in "
                + "double precision (no finite first step); the values driving it are out of scale", e.getMessage());
    }
}
