package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;

/** Both evaluation paths of the right-hand side against closed forms. */
class EvaluationOrderTest {
    @Test
    void longLoopOfNodesIsExact() throws Exception {
        // x' = -k x + g^13 x through a chain of 13 gains
        double[] gains = new double[13];
        java.util.Arrays.fill(gains, 1.05);
        Pipeline p = Pipelines.gainLoop("chain", 2, gains);
        p.simulation().start(0).end(5).step(0.5).rtol(1e-12).atol(1e-14);
        SimulationResult r = Simulator.run(Pipelines.compile(p));
        double rate = Math.pow(1.05, 13) - 2;
        int c = r.columnIndex("x.y");
        int last = r.columnIndex("g12.y");
        for (int i = 0; i < r.length(); i++) {
            double exact = Math.exp(rate * r.time()[i]);
            assertEquals(exact, r.column(c)[i], 1e-9 * exact);
            assertEquals(Math.pow(1.05, 13) * exact, r.column(last)[i], 1e-9 * exact);
        }
    }

    @Test
    void nodeLevelCycleWithoutAlgebraicLoopUsesThePerOutputOrder() throws Exception {
        // s.y -> g.u, g.y -> s.u, and s.z reads s.u directly: no node order exists, the output order does
        Pipeline p = new Pipeline().name("split");
        p.simulation().start(0).end(4).step(0.25).rtol(1e-12).atol(1e-14);
        p.add(new Node("s", "test.split"));
        p.add(new Node("g", "test.gain").parameter("g", 0.5));
        p.connect("s.y", "g.u");
        p.connect("g.y", "s.u");
        SimulationResult r = Simulator.run(Pipelines.compile(p));
        for (int i = 0; i < r.length(); i++) {
            double x = Math.exp(-0.5 * r.time()[i]);
            assertEquals(x, r.column(r.columnIndex("s.y"))[i], 1e-9);
            assertEquals(2 * 0.5 * x, r.column(r.columnIndex("s.z"))[i], 1e-9);
        }
    }
}
