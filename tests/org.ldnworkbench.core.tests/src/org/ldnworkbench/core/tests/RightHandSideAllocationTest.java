package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.internal.engine.AllocationMeter;
import org.ldnworkbench.core.internal.engine.PlanEvaluator;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;

/** The compiled right-hand side allocates nothing per call. */
class RightHandSideAllocationTest {
    @Test
    void computeDerivativesDoesNotAllocate() throws Exception {
        Pipeline p = Pipelines.oral(100, 0, 24, 1);
        p.add(new Node("x", "test.decay").parameter("k", 1));
        p.add(new Node("g", "test.gain"));
        p.connect("x.y", "g.u");
        p.connect("g.y", "x.u");
        PlanEvaluator eval = new PlanEvaluator(Pipelines.compile(p).plan());
        double[] y = eval.plan().initialState();
        y[0] = 10;
        double[] dy = new double[y.length];
        long allocated = AllocationMeter.bytes(200_000, i -> eval.computeDerivatives(i * 1e-3, y, dy));
        assertTrue(allocated < 1024, "200000 right-hand-side calls allocated " + allocated + " bytes");
    }
}
