package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.internal.engine.CompiledPlans;
import org.ldnworkbench.core.internal.engine.AllocationMeter;
import org.ldnworkbench.core.internal.engine.PlanEvaluator;

/** The compiled right-hand side allocates nothing per call. */
class RightHandSideAllocationTest {
    @Test
    void computeDerivativesDoesNotAllocate() throws Exception {
        PlanEvaluator eval = new PlanEvaluator(CompiledPlans.planOf(Pipelines.compile(Pipelines.oralBesideLoop(1, 0.2))));
        double[] y = eval.plan().initialState();
        y[0] = 10;
        double[] dy = new double[y.length];
        long allocated = AllocationMeter.bytes(200_000, i -> eval.computeDerivatives(i * 1e-3, y, dy));
        assertTrue(allocated < 1024, "200000 right-hand-side calls allocated " + allocated + " bytes");
    }
}
