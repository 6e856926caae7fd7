package org.ldnworkbench.bench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.internal.engine.CompiledPlans;
import org.ldnworkbench.core.internal.engine.PlanEvaluator;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.SimulationSettings;
import org.ldnworkbench.core.registry.MechanismRegistry;

/**
 * The benchmark's hand-coded reference solves the problem the models solve: on the default example's four scenarios
 * every output at every time agrees with the engine, and at states off the trajectory (negative concentrations, which
 * an integrator's undershoot can visit) the right-hand side and every output agree too. Without the second half a
 * reference that dropped a model's guard (as it once dropped the clamping of effect-site concentrations) would pass,
 * since the default trajectories never go below zero.
 */
class HandCodedAgreementTest {
    static final Path DEFAULT = Path.of("../../examples/pipelines/ldn-vs-standard.ldnpipe").toAbsolutePath()
            .normalize();
    /**
     * Along a trajectory, relative to the larger of the two values (floored at 1e-9 of the column's largest
     * magnitude, so that values rounding away near zero are not judged relatively): the same equations, integrator,
     * tolerances (rtol 1e-8) and grid; only the order of floating-point operations differs, and where that flips one
     * step-size decision the two runs take different steps and differ by the integrator's error. Measured: at most
     * 2e-9 in three scenarios, 1.6e-6 in std-rapid (rebound.signaling, 363 h); a changed constant or formula moves an
     * output by far more (a molar mass off by 0.02 g/mol is 6e-5).
     */
    static final double TRAJECTORY_RTOL = 1e-5;
    /** At one state, relative to the larger of the two values: the same formulas, rounding apart. */
    static final double STATE_RTOL = 1e-12;

    private static List<CompiledPipeline> scenarios() throws Exception {
        return new PipelineCompiler(MechanismRegistry.getDefault()).compileAll(PipelineFiles.read(DEFAULT),
                DEFAULT.toString(), List.of());
    }

    private static HandCodedLdnPipeline handCoded(CompiledPipeline cp) {
        SimulationSettings s = cp.settings();
        return new HandCodedLdnPipeline(CompiledPlans.planOf(cp), s.start(), s.end(), s.step(), s.rtol(), s.atol());
    }

    @Test
    void everyScenarioAgreesOnEveryOutputAtEveryTime() throws Exception {
        List<CompiledPipeline> scenarios = scenarios();
        assertEquals(4, scenarios.size());
        double worstOfAll = 0;
        StringBuilder report = new StringBuilder();
        for (CompiledPipeline cp : scenarios) {
            SimulationResult engine = Simulator.run(cp);
            double[][] hand = handCoded(cp).run();
            assertEquals(HandCodedLdnPipeline.OUTPUTS, engine.columns().size(), cp.scenarioId());
            double worst = 0;
            String where = "";
            for (int c = 0; c < hand.length; c++) {
                assertEquals(engine.length(), hand[c].length, cp.scenarioId());
                double scale = 0;
                for (double v : hand[c]) {
                    scale = Math.max(scale, Math.abs(v));
                }
                for (int i = 0; i < engine.length(); i++) {
                    double a = engine.column(c)[i];
                    double b = hand[c][i];
                    double d = Math.abs(a - b) / Math.max(Math.max(Math.abs(a), Math.abs(b)), 1e-9 * scale);
                    if (d > worst || Double.isNaN(d)) {
                        worst = Double.isNaN(d) ? Double.POSITIVE_INFINITY : d;
                        where = engine.columns().get(c).name() + " at t = " + engine.time()[i] + " h: engine " + a
                                + ", hand-coded " + b;
                    }
                }
            }
            worstOfAll = Math.max(worstOfAll, worst);
            report.append("\n").append(cp.scenarioId()).append(": largest relative difference ").append(worst)
                    .append(", ").append(where);
        }
        assertTrue(worstOfAll <= TRAJECTORY_RTOL, report.toString());
    }

    /**
     * States an integrator may visit between grid points: amounts and effect-site concentrations slightly below
     * zero, and ordinary positive ones.
     */
    @Test
    void rightHandSideAndOutputsAgreeOffTheTrajectory() throws Exception {
        double[][] changes = { {}, { 1, 3, 3, 20, 4, 1 }, { 4, -0.5 }, { 5, -2 }, { 4, -0.5, 5, -2, 1, 3 },
            { 1, -1e-3 }, { 1, -1e-3, 4, -1e-6, 5, -1e-6, 3, -1e-4 }, { 1, 50, 4, 30, 5, 80, 9, 0.9 },
            { 1, 2, 2, 5, 3, 4, 4, 1.5, 5, 6, 6, 0.7, 7, 1.3, 8, 0.8, 9, 0.5, 10, 1.2, 11, 0.9, 12, 1.1 } };
        for (CompiledPipeline cp : scenarios()) {
            PlanEvaluator engine = new PlanEvaluator(CompiledPlans.planOf(cp));
            HandCodedLdnPipeline hand = handCoded(cp);
            for (double[] change : changes) {
                double[] y = CompiledPlans.planOf(cp).initialState();
                for (int k = 0; k < change.length; k += 2) {
                    y[(int) change[k]] = change[k + 1];
                }
                String where = cp.scenarioId() + " at y = " + java.util.Arrays.toString(y);
                double[] dEngine = new double[y.length];
                double[] dHand = new double[y.length];
                engine.computeDerivatives(0, y, dEngine);
                hand.computeDerivatives(0, y, dHand);
                agree(dEngine, dHand, "derivative", where);
                double[] oEngine = new double[HandCodedLdnPipeline.OUTPUTS];
                double[] oHand = new double[HandCodedLdnPipeline.OUTPUTS];
                engine.outputs(0, y, oEngine);
                hand.outputs(y, oHand);
                agree(oEngine, oHand, "output", where);
            }
        }
    }

    private static void agree(double[] engine, double[] hand, String what, String where) {
        for (int i = 0; i < engine.length; i++) {
            double a = engine[i];
            double b = hand[i];
            assertTrue(Math.abs(a - b) <= STATE_RTOL * Math.max(Math.abs(a), Math.abs(b)) || a == b,
                    what + " " + i + " " + where + ": engine " + a + ", hand-coded " + b);
        }
    }
}
