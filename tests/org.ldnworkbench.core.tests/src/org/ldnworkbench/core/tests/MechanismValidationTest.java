package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.ParameterLayer;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.core.registry.MechanismRegistry;

/**
 * A mechanism's own check of its values ({@code Mechanism.validate}, the fragment's {@code test.band} refusing a
 * lower edge above the upper one) is reported like any other problem, naming node, mechanism, parameters, values
 * and the reason, by checking and by compiling alike, whichever layer set the values.
 */
class MechanismValidationTest {
    private static final String REFUSAL = "node 'band', parameters.low, parameters.high: mechanism test.band refuses "
            + "low = 5.0 mg, high = 2.0 mg: the lower edge must not lie above the upper one";

    private final PipelineCompiler compiler = new PipelineCompiler(MechanismRegistry.getDefault());

    private static Pipeline band(double low, double high) {
        Pipeline p = new Pipeline().name("band");
        p.simulation().start(0).end(4).step(0.5).rtol(1e-11).atol(1e-14);
        p.add(new Node("band", "test.band").parameter("low", low).parameter("high", high));
        return p;
    }

    @Test
    void checkingReportsTheRefusalNamingNodeMechanismAndParameters() {
        List<Problem> problems = compiler.validate(band(5, 2));
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertEquals("band", p.node());
        assertEquals("parameters.low, parameters.high", p.field());
        assertEquals(REFUSAL, p.toString());
    }

    @Test
    void compilingRefusesTheRunWithTheSameProblem() {
        CompileException e = assertThrows(CompileException.class, () -> compiler.compile(band(5, 2), "band.ldnpipe",
                List.of()));
        assertEquals(List.of(REFUSAL), e.problems().stream().map(Problem::toString).toList());
        assertEquals("band.ldnpipe: " + REFUSAL, e.getMessage());
    }

    @Test
    void theResolvedValuesAreCheckedWhicheverLayerSetThem() {
        Pipeline p = band(1, 2);
        Scenario wide = new Scenario("wide", "Wide");
        wide.parameters().put("band.high", 50.0);
        Scenario inverted = new Scenario("inverted", "Inverted");
        inverted.parameters().put("band.low", 5.0);
        p.scenarios().add(wide);
        p.scenarios().add(inverted);
        List<Problem> problems = compiler.validate(p);
        assertEquals(List.of("node 'band', parameters.low, parameters.high: mechanism test.band refuses low = 5.0 mg, "
                + "high = 2.0 mg: the lower edge must not lie above the upper one"),
                problems.stream().map(Problem::toString).toList(), "only the inverted scenario is refused");
        ParameterLayer commandLine = ParameterLayer.commandLine(Map.of(), Map.of("band.high", 0.5));
        assertEquals(List.of(REFUSAL.replace("low = 5.0", "low = 1.0").replace("high = 2.0", "high = 0.5")),
                compiler.check(band(1, 2), List.of(commandLine)).stream().map(Problem::toString).toList());
    }

    @Test
    void aValueOutsideItsRangeIsReportedAloneBeforeTheMechanismIsAsked() {
        List<Problem> problems = compiler.validate(band(500, 2));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("low = 500.0 mg is outside its range"), problems.toString());
    }

    @Test
    void anAcceptedBandRunsToItsClosedForm() throws Exception {
        SimulationResult r = Simulator.run(compiler.compile(band(1, 3), "band.ldnpipe", List.of()));
        for (int i = 0; i < r.length(); i++) {
            double t = r.time()[i];
            assertEquals(3 + (1 - 3) * Math.exp(-t), r.column("band.x")[i], 1e-9, "t = " + t);
        }
    }
}
