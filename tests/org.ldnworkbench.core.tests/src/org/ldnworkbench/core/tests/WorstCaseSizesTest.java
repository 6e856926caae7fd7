package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.internal.pipeline.PipelineCodec;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.core.registry.MechanismRegistry;

/**
 * The largest pipelines the limits let through are read and validated in about a second (10 s allowed for slow
 * machines). Validation analyses the pipeline once per scenario, and parameter resolution looks at each node for
 * each value of a run's scenario: {@link PipelineCodec#MAX_SCENARIOS} and {@link PipelineCodec#MAX_SETTINGS} are
 * chosen to bound that work. With 1,000 scenarios these cases took 8 to 9 s.
 */
class WorstCaseSizesTest {
    private static final Duration BUDGET = Duration.ofSeconds(10);

    /** A decay node x and a chain of gain nodes back into it: the most nodes, valid (the decay's state breaks the loop). */
    private static Pipeline chain() {
        Pipeline p = new Pipeline().name("chain");
        p.add(new Node("x", "test.decay"));
        String prev = "x.y";
        for (int i = 0; i < PipelineCodec.MAX_NODES - 1; i++) {
            p.add(new Node("g" + i, "test.gain"));
            p.connect(prev, "g" + i + ".u");
            prev = "g" + i + ".y";
        }
        p.connect(prev, "x.u");
        return p;
    }

    private static void addScenarios(Pipeline p, int valuesEach) {
        for (int s = 0; s < PipelineCodec.MAX_SCENARIOS; s++) {
            Scenario sc = new Scenario("s" + s, "S" + s);
            for (int k = 0; k < valuesEach; k++) {
                sc.parameters().put("g" + k + ".g", 0.5);
            }
            p.scenarios().add(sc);
        }
    }

    /** Saves and reads the pipeline (so it is within the file limits), then validates it within the budget. */
    private static List<Problem> readAndValidate(Pipeline p) {
        String text = PipelineFiles.toText(p);
        return assertTimeoutPreemptively(BUDGET, () -> new PipelineCompiler(MechanismRegistry.getDefault())
                .validate(PipelineFiles.read(new StringReader(text), "big.ldnpipe")));
    }

    @Test
    void mostNodesAndScenariosWithMostScenarioValues() {
        Pipeline p = chain();
        addScenarios(p, PipelineCodec.MAX_SETTINGS / PipelineCodec.MAX_SCENARIOS);
        // a daily output grid keeps the 100 scenarios' series within the run's memory limit, which is not tested here
        p.simulation().step(24);
        assertEquals(List.of(), readAndValidate(p));
    }

    @Test
    void mostUnknownParameters() {
        Pipeline p = chain();
        for (Node n : p.nodes()) {
            for (int k = 0; k < PipelineCodec.MAX_SETTINGS / PipelineCodec.MAX_NODES; k++) {
                n.parameter("u" + k, 1);
            }
        }
        addScenarios(p, 0);
        assertEquals(PipelineCodec.MAX_SETTINGS, readAndValidate(p).size());
    }

    @Test
    void mostUnknownTables() {
        Pipeline p = chain();
        for (Node n : p.nodes()) {
            for (int k = 0; k < PipelineCodec.MAX_SETTINGS / PipelineCodec.MAX_NODES; k++) {
                n.tables().put("t" + k, new double[][] { { 1, 2 } });
            }
        }
        addScenarios(p, 0);
        assertEquals(PipelineCodec.MAX_SETTINGS, readAndValidate(p).size());
    }

    @Test
    void mostConnectionsToMissingNodes() {
        Pipeline p = chain();
        int missing = PipelineCodec.MAX_CONNECTIONS - p.connections().size();
        for (int i = 0; i < missing; i++) {
            p.connect("x.y", "ghost" + i + ".u");
        }
        addScenarios(p, 0);
        assertEquals(missing, readAndValidate(p).size());
    }
}
