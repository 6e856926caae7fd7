package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.internal.engine.CheckedIntegrators;
import org.ldnworkbench.core.pipeline.Integrator;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;

/** The adaptive integrators' minimum step does not grow with the length of the run. */
class MinimumStepTest {
    /**
     * A decay with a time constant of 3.6 ms (k = 1e6/h) needs steps near 1e-7 h at first. The minimum step used to
     * be 1e-12 of the span, 1e-6 h over 1e6 h: the run failed at t = 0 with "minimal step size reached".
     */
    @Test
    void aFastProcessRunsOverTheLongestSpan() throws Exception {
        for (Integrator integrator : new Integrator[] { Integrator.DORMAND_PRINCE_853, Integrator.DORMAND_PRINCE_54 }) {
            Pipeline p = new Pipeline().name("stiff");
            p.simulation().start(0).end(1e6).step(1000).integrator(integrator);
            p.add(new Node("d", "test.fastDecay").parameter("k", 1e6).parameter("x0", 1));
            SimulationResult r = Simulator.run(Pipelines.compile(p));
            double[] y = r.column(r.columnIndex("d.y"));
            assertEquals(1001, r.length());
            assertEquals(1, y[0], 0.0);
            assertEquals(0, y[1000], 1e-9, integrator.toString());
        }
    }

    @Test
    void theMinimumStepIsAbsoluteButNeverBelowTheResolutionOfTime() {
        assertEquals(CheckedIntegrators.MIN_STEP_HOURS, CheckedIntegrators.minimumStep(-10, 24), 0.0);
        // 16 units in the last place of 1e6 h: 1.9e-9 h, where the span-relative rule gave 1e-6 h
        assertEquals(16 * Math.ulp(1e6), CheckedIntegrators.minimumStep(0, 1e6), 0.0);
        assertTrue(CheckedIntegrators.minimumStep(0, 1e6) < 2e-9);
        double far = CheckedIntegrators.minimumStep(1e9, 1e9 + 1e6);
        assertEquals(16 * Math.ulp(1e9 + 1e6), far, 0.0);
        assertTrue(1e9 + far > 1e9);
    }
}
