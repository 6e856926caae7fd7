package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.internal.engine.CompiledPlans;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.internal.engine.PlanEvaluator;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.tests.mock.Decay;

/** The code generated per pipeline computes exactly what the generic walk of the plan computes. */
class GeneratedKernelTest {

    /**
     * Dosing -> PK beside a decay node whose output fans out to two gains, one of them feeding back into the decay
     * node's input: x' = -k x + g x.
     */
    private static Pipeline wired(double gain) {
        Pipeline p = Pipelines.oralBesideLoop(0.3, gain);
        p.add(new Node("g2", "test.gain").parameter("g", 0.25));
        p.connect("x.y", "g2.u");
        return p;
    }

    @Test
    void derivativesAndOutputsEqualTheGenericEvaluationBitForBit() throws Exception {
        CompiledPipeline cp = Pipelines.compile(wired(0.5));
        PlanEvaluator generated = new PlanEvaluator(CompiledPlans.planOf(cp));
        PlanEvaluator generic = new PlanEvaluator(CompiledPlans.planOf(cp), false);
        assertTrue(generated.isGenerated(), "a pipeline with a node-level order gets generated code");
        assertFalse(generic.isGenerated());
        Random random = new Random(7);
        int n = generated.getDimension();
        for (int trial = 0; trial < 200; trial++) {
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = random.nextDouble() * 100;
            }
            double t = random.nextDouble() * 48;
            double[] a = new double[n];
            double[] b = new double[n];
            generated.computeDerivatives(t, y, a);
            generic.computeDerivatives(t, y, b);
            assertArrayEquals(b, a, 0.0, "derivatives at trial " + trial);
            double[] rowA = new double[cp.columns().size()];
            double[] rowB = new double[cp.columns().size()];
            generated.outputs(t, y, rowA);
            generic.outputs(t, y, rowB);
            assertArrayEquals(rowB, rowA, 0.0, "outputs at trial " + trial);
        }
    }

    @Test
    void pipelinesOfOneStructureShareOneGeneratedClass() throws Exception {
        PlanEvaluator a = new PlanEvaluator(CompiledPlans.planOf(Pipelines.compile(wired(0.5))));
        PlanEvaluator b = new PlanEvaluator(CompiledPlans.planOf(Pipelines.compile(wired(2.0))));
        assertSame(a.kernelClass(), b.kernelClass(), "a parameter change must not generate new code");
        // a different structure (one consumer less) gets a class of its own
        PlanEvaluator c = new PlanEvaluator(CompiledPlans.planOf(Pipelines.compile(Pipelines.oralBesideLoop(0.3, 0.2))));
        assertTrue(c.isGenerated());
        assertNotSame(a.kernelClass(), c.kernelClass());
    }

    @Test
    void simulationWithGeneratedCodeMatchesTheClosedForm() throws Exception {
        // x' = -k x + g x, x(0) = 1: x = exp((g - k) t); g2.y = 0.25 x; the PK beside it is the Bateman function
        CompiledPipeline cp = Pipelines.compile(wired(0.5));
        assertTrue(new PlanEvaluator(CompiledPlans.planOf(cp)).isGenerated());
        SimulationResult r = Simulator.run(cp);
        for (int i = 0; i < r.length(); i++) {
            double t = r.time()[i];
            double x = Math.exp((0.5 - 0.3) * t);
            assertEquals(x, r.column(r.columnIndex("x.y"))[i], 1e-9 * x);
            assertEquals(0.25 * x, r.column(r.columnIndex("g2.y"))[i], 1e-9 * x);
            double c = Pipelines.bateman(t, 100, 1.5, 0.2, 40, 0.8) + Pipelines.bateman(t - 12, 100, 1.5, 0.2, 40, 0.8)
                    + Pipelines.bateman(t - 24, 100, 1.5, 0.2, 40, 0.8);
            assertEquals(c, r.column(r.columnIndex("pk.C"))[i], 1e-7 * Math.max(c, 1e-3));
        }
    }

    @Test
    void classesTheCodeCannotNameAreCalledThroughTheInterface() throws Exception {
        // x' = -k x + g x with the gain declared by a nested class: x = exp((g - k) t)
        Pipeline p = new Pipeline().name("nested");
        p.simulation().start(0).end(2).step(0.5).rtol(1e-12).atol(1e-14);
        p.add(new Node("x", "test.decay").parameter("k", 1).parameter("x0", 1));
        p.add(new Node("g", "test.gainNested").parameter("g", 0.5));
        p.connect("x.y", "g.u");
        p.connect("g.y", "x.u");
        CompiledPipeline cp = Pipelines.compile(p);
        PlanEvaluator generated = new PlanEvaluator(CompiledPlans.planOf(cp));
        assertTrue(generated.isGenerated());
        assertEquals(Mechanism.class, generated.kernelClass().getDeclaredField("m1").getType(),
                "the nested class is reached through the interface");
        assertEquals(Decay.class, generated.kernelClass().getDeclaredField("m0").getType(),
                "a public top-level class is called directly");
        double[] y = { 0.7 };
        double[] a = new double[1];
        double[] b = new double[1];
        generated.computeDerivatives(0, y, a);
        new PlanEvaluator(CompiledPlans.planOf(cp), false).computeDerivatives(0, y, b);
        assertArrayEquals(b, a, 0.0);
        SimulationResult r = Simulator.run(cp);
        for (int i = 0; i < r.length(); i++) {
            double x = Math.exp(-0.5 * r.time()[i]);
            assertEquals(x, r.column(r.columnIndex("x.y"))[i], 1e-9 * x);
        }
    }

    @Test
    void hugePipelinesFallBackToTheGenericEvaluation() throws Exception {
        // x' = -x: 400 gains of 1 and a last one of 0 close the loop
        double[] gains = new double[401];
        java.util.Arrays.fill(gains, 0, 400, 1.0);
        Pipeline p = Pipelines.gainLoop("long chain", 1, gains);
        p.simulation().start(0).end(1).step(0.5).rtol(1e-10).atol(1e-12);
        CompiledPipeline cp = Pipelines.compile(p);
        assertFalse(new PlanEvaluator(CompiledPlans.planOf(cp)).isGenerated(), "402 nodes exceed what is generated");
        SimulationResult r = Simulator.run(cp);
        assertEquals(Math.exp(-1), r.column(r.columnIndex("g399.y"))[r.length() - 1], 1e-9);
    }

    @Test
    void nodeLevelCycleIsEvaluatedGenerically() throws Exception {
        Pipeline p = new Pipeline().name("split");
        p.simulation().start(0).end(1).step(0.5);
        p.add(new Node("s", "test.split"));
        p.add(new Node("g", "test.gain").parameter("g", 0.5));
        p.connect("s.y", "g.u");
        p.connect("g.y", "s.u");
        assertFalse(new PlanEvaluator(CompiledPlans.planOf(Pipelines.compile(p))).isGenerated());
    }
}
