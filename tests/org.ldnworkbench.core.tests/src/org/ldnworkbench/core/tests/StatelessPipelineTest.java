package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.pipeline.Integrator;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;

/**
 * A pipeline without any state (only a dosing node) is valid: it is not integrated (an adaptive integrator on an
 * empty state spun at its minimum step for 13 s and failed with "maximal count exceeded", naming no node), its
 * outputs are sampled on the grid between the events.
 */
class StatelessPipelineTest {
    private static Pipeline dosingOnly(Integrator integrator) {
        Pipeline p = new Pipeline().name("no states");
        p.simulation().start(0).end(1).step(0.5).integrator(integrator).fixedStep(0.01);
        p.add(new Node("d", "test.bolus").parameter("amount", 50).parameter("first", 0.25).parameter("count", 3)
                .parameter("interval", 0.25));
        return p;
    }

    @Test
    void aPipelineWithoutStatesRunsAtOnceOnTheWholeGrid() {
        for (Integrator integrator : Integrator.values()) {
            SimulationResult r = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> Simulator.run(Pipelines.compile(dosingOnly(integrator))), integrator.toString());
            assertEquals(3, r.length(), integrator.toString());
            assertEquals(0.5, r.time()[1], 0.0);
            assertEquals(1, r.time()[2], 0.0);
            assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> Simulator.preflight(Pipelines.compile(dosingOnly(integrator))));
        }
    }
}
