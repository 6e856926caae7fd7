package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.internal.engine.EventSchedule;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Integrator;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.core.pipeline.SimulationSettings;
import org.ldnworkbench.core.registry.MechanismRegistry;

/**
 * Every size a pipeline file controls is checked in floating point, against a named limit, before anything converts
 * it to an integer; tolerances and the fixed step are bounded.
 */
class SimulationLimitsTest {
    private static String refused(Pipeline p) {
        return assertThrows(CompileException.class, () -> Pipelines.compile(p)).getMessage();
    }

    private static Pipeline oral() {
        return Pipelines.oral(10, 0, 24, 1);
    }

    @Test
    void aTinyStepOverALongRunIsRefusedNamingTheGridLimit() {
        Pipeline p = oral();
        p.simulation().end(1e6).step(1e-13);
        String msg = refused(p);
        assertTrue(msg.contains("simulation.step") && msg.contains("E19 points")
                && msg.contains("limit is " + PipelineCompiler.MAX_GRID_POINTS), msg);
    }

    @Test
    void aDenormalStepIsRefusedNamingTheGridLimit() {
        Pipeline p = oral();
        p.simulation().step(Double.MIN_VALUE);
        String msg = refused(p);
        assertTrue(msg.contains("simulation.step") && msg.contains("Infinity points")
                && msg.contains("limit is " + PipelineCompiler.MAX_GRID_POINTS), msg);
    }

    @Test
    void gridSizeOfUncheckedSettingsThrowsInsteadOfOverflowing() {
        SimulationSettings s = new SimulationSettings().start(0).end(1e6).step(Double.MIN_VALUE);
        String msg = assertThrows(IllegalStateException.class, s::gridSize).getMessage();
        assertTrue(msg.contains("no valid size"), msg);
        assertThrows(IllegalStateException.class, () -> new SimulationSettings().end(-1).gridSize());
        assertTrue(new SimulationSettings().start(0).end(10).step(0.5).gridSize() == 21);
    }

    @Test
    void recordedValuesAreCountedInFloatingPointAgainstTheirLimit() {
        double[] gains = new double[20];
        java.util.Arrays.fill(gains, 1);
        Pipeline p = Pipelines.gainLoop("wide", 1, gains); // 21 recorded columns
        p.simulation().start(0).end(1e5).step(0.05); // 2,000,001 points: one over the grid limit
        assertTrue(refused(p).contains("limit is " + PipelineCompiler.MAX_GRID_POINTS));
        p.simulation().step(0.1); // 1,000,001 points x 21 columns
        String msg = refused(p);
        assertTrue(msg.contains("21000021 values") && msg.contains("limit is " + PipelineCompiler.MAX_RECORDED_VALUES),
                msg);
    }

    /** validate() makes every check a run would make before running, the sizes of what it records included. */
    @Test
    void validateReportsTheRecordedValuesLimitToo() {
        double[] gains = new double[20];
        java.util.Arrays.fill(gains, 1);
        Pipeline p = Pipelines.gainLoop("wide", 1, gains);
        p.simulation().start(0).end(1e5).step(0.1); // 1,000,001 points x 21 columns
        String msg = validate(p);
        assertTrue(msg.contains("21000021 values") && msg.contains("limit is " + PipelineCompiler.MAX_RECORDED_VALUES),
                msg);
    }

    /**
     * A run keeps the series of all its scenarios until they are written: their sum is bounded, checked by
     * validate and before a run (a scan keeps no series and is not bound by it).
     */
    @Test
    void theScenariosOfOneRunTogetherAreBoundedByValidateAndBeforeRunning() throws Exception {
        double[] gains = new double[9];
        java.util.Arrays.fill(gains, 1);
        Pipeline p = Pipelines.gainLoop("wide", 1, gains); // 10 recorded columns
        p.simulation().start(0).end(1e5).step(0.1); // 10,000,010 values per scenario: within the run limit
        assertEquals("[]", new PipelineCompiler(MechanismRegistry.getDefault()).validate(p).toString());
        for (int i = 0; i < 6; i++) {
            p.scenarios().add(new Scenario("s" + i, "scenario " + i));
        }
        String msg = validate(p);
        assertTrue(msg.contains("6 scenarios would record 60000060 values")
                && msg.contains("limit is " + PipelineCompiler.MAX_RUN_RECORDED_VALUES), msg);
        var runs = new PipelineCompiler(MechanismRegistry.getDefault()).compileAll(p, "f.ldnpipe", List.of());
        String before = assertThrows(CompileException.class, () -> PipelineCompiler.checkRunSize(runs, "f.ldnpipe"))
                .getMessage();
        assertTrue(before.startsWith("f.ldnpipe: scenarios: the 6 scenarios would record"), before);
        PipelineCompiler.checkRunSize(runs.subList(0, 4), "f.ldnpipe");
    }

    private static String validate(Pipeline p) {
        return new PipelineCompiler(MechanismRegistry.getDefault()).validate(p).toString();
    }

    @Test
    void tolerancesOutsideTheirRangesAreRefusedWithTheRange() {
        Pipeline p = oral();
        p.simulation().rtol(0.99).atol(1000);
        String msg = new PipelineCompiler(org.ldnworkbench.core.registry.MechanismRegistry.getDefault()).validate(p)
                .toString();
        assertTrue(msg.contains("simulation.rtol: the relative tolerance must be in [1.0E-13, 0.001], not 0.99"), msg);
        assertTrue(msg.contains("simulation.atol: the absolute tolerance must be in [1.0E-16, 1.0E-6], not 1000.0"), msg);
        for (double rtol : new double[] { 1e-14, 0, -1e-8, Double.NaN, 0.002 }) {
            p.simulation().rtol(rtol).atol(1e-10);
            assertTrue(refused(p).contains("simulation.rtol"), "rtol " + rtol);
        }
        for (double atol : new double[] { 1e-17, 0, Double.NaN, 2e-6 }) {
            p.simulation().rtol(1e-8).atol(atol);
            assertTrue(refused(p).contains("simulation.atol"), "atol " + atol);
        }
    }

    @Test
    void theToleranceBoundsThemselvesAreAcceptedAndRun() throws Exception {
        Pipeline p = oral();
        p.simulation().rtol(PipelineCompiler.MIN_RTOL).atol(PipelineCompiler.MIN_ATOL);
        Simulator.run(Pipelines.compile(p));
        p.simulation().rtol(PipelineCompiler.MAX_RTOL).atol(PipelineCompiler.MAX_ATOL);
        var r = Simulator.run(Pipelines.compile(p));
        double t = r.time()[8];
        double exact = Pipelines.bateman(t, 10, 1.5, 0.2, 40, 0.8);
        assertTrue(Math.abs(r.column(r.columnIndex("pk.C"))[8] - exact) < 1e-2 * exact);
    }

    @Test
    void aFixedStepLongerThanTheRunIsRefused() {
        Pipeline p = oral();
        p.simulation().integrator(Integrator.RK4).fixedStep(100);
        String msg = refused(p);
        assertTrue(msg.contains("simulation.fixedStep") && msg.contains("longer than the run (48.0 h)"), msg);
    }

    @Test
    void tooManyFixedStepsAreRefusedNamingTheLimit() {
        Pipeline p = oral();
        p.simulation().integrator(Integrator.RK4).fixedStep(1e-9);
        String msg = refused(p);
        assertTrue(msg.contains("48000000000 fixed steps") && msg.contains("limit is 1000000000"), msg);
        p.simulation().fixedStep(Double.MIN_VALUE);
        assertTrue(refused(p).contains("limit is 1000000000"));
        p.simulation().fixedStep(Double.NaN);
        assertTrue(refused(p).contains("the fixed step must be positive, not NaN"));
    }

    /** Far from t = 0 a small step would not advance time at all: t + h == t, and a fixed-step run never ends. */
    @Test
    void stepsBelowTheTimeResolutionOfTheRunAreRefused() {
        Pipeline p = oral();
        p.simulation().start(1e15).end(1e15 + 100).step(1).integrator(Integrator.RK4).fixedStep(0.01);
        String msg = new PipelineCompiler(org.ldnworkbench.core.registry.MechanismRegistry.getDefault()).validate(p)
                .toString();
        assertTrue(msg.contains("simulation.step: the output step 1.0 h is below the time resolution"), msg);
        assertTrue(msg.contains("simulation.fixedStep: the fixed step 0.01 h is below the time resolution"), msg);
    }

    /** A step longer than the run gave one row (every metric of the initial state: peak plasma 0 after a dose). */
    @Test
    void anOutputStepLongerThanTheRunIsRefused() {
        Pipeline p = oral();
        p.simulation().start(0).end(48).step(100);
        String msg = refused(p);
        assertTrue(msg.contains("simulation.step: the output step 100.0 h is longer than the run (48.0 h)")
                && msg.contains("e.g. 48.0 h"), msg);
    }

    /** A step that does not divide the span read the end-of-run metrics at the last grid point before the end. */
    @Test
    void anOutputStepThatDoesNotDivideTheSpanIsRefusedWithOneThatDoes() throws Exception {
        Pipeline p = oral();
        p.simulation().start(0).end(48).step(5);
        String msg = refused(p);
        assertTrue(msg.contains("simulation.step: the output step 5.0 h does not divide the run's span (48.0 h = 9.0 "
                + "steps and a part)") && msg.contains("e.g. 4.8 h"), msg);
        p.simulation().step(4.8);
        Pipelines.compile(p);
        // round-off of span / step is no reason: 1344 / 0.1 = 13440.000000000002
        p.simulation().end(1344).step(0.1);
        Pipelines.compile(p);
        p.simulation().start(0.3).end(1.0).step(0.1); // 0.7 / 0.1 = 6.999999999999999
        Pipelines.compile(p);
    }

    /** A source that never stops emitting is stopped at the limit of events per run, named, before memory runs out. */
    @Test
    void anEventSourceThatNeverStopsIsStoppedAtTheEventLimit() throws Exception {
        Pipeline p = new Pipeline().name("flood");
        p.simulation().start(0).end(10).step(1);
        p.add(new Node("flood", "test.flood"));
        p.add(new Node("pk", "test.oneCompartment"));
        p.connect("flood.dose", "pk.dose");
        var cp = Pipelines.compile(p);
        SimulationException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(SimulationException.class, () -> Simulator.run(cp)));
        assertTrue(e.getMessage().equals("node 'flood': its events take the run past " + EventSchedule.MAX_EVENTS
                + " events, the limit per run"), e.getMessage());
        assertTrue(e.node().equals("flood") && e.time() == 0);
        // the pre-flight (what validate runs) refuses it too, with the same message, without integrating
        SimulationException pre = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(SimulationException.class, () -> Simulator.preflight(cp)));
        assertEquals(e.getMessage(), pre.getMessage());
    }
}
