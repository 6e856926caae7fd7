package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.pipeline.ParameterLayer;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.mechanism.ParameterStatus;
import org.ldnworkbench.core.mechanism.PresetSpec;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.core.registry.MechanismRegistry;

/** Integer parameters (a dose count) accept whole numbers only, from every layer. */
class IntegerParameterTest {
    private static String refused(Pipeline p, Scenario... layers) {
        return assertThrows(CompileException.class, () -> new PipelineCompiler(MechanismRegistry.getDefault())
                .compile(p, "test", List.of(layers))).getMessage();
    }

    private static String refused(Pipeline p, ParameterLayer overrides) {
        return assertThrows(CompileException.class, () -> new PipelineCompiler(MechanismRegistry.getDefault())
                .compile(p, "test", List.of(), List.of(overrides))).getMessage();
    }

    @Test
    void theDeclarationIsReadFromTheFragment() {
        MechanismSpec bolus = MechanismRegistry.getDefault().spec("test.bolus");
        assertTrue(bolus.parameter("count").integer());
        assertFalse(bolus.parameter("amount").integer());
    }

    @Test
    void aFractionalCountOnTheNodeIsRefusedNamingNodeAndParameter() {
        Pipeline p = Pipelines.oral(10, 0, 6, 1);
        p.node("dosing").parameter("count", 2.5);
        String msg = refused(p);
        assertTrue(msg.contains("node 'dosing', parameters.count: count = 2.5 is not a whole number"), msg);
    }

    @Test
    void aFractionalCountFromAScenarioOrTheCommandLineIsRefused() {
        Pipeline p = Pipelines.oral(10, 0, 6, 1);
        Scenario s = new Scenario("s", "S");
        s.parameters().put("dosing.count", 2.5);
        assertTrue(refused(p, s).contains("node 'dosing', scenario 's' parameters.dosing.count: count = 2.5"));
        String msg = refused(p, ParameterLayer.commandLine(Map.of(), Map.of("dosing.count", 1e-3)));
        assertTrue(msg.contains("node 'dosing', command line parameters.dosing.count: count = 0.001 is not a whole"),
                msg);
    }

    @Test
    void wholeCountsRunAsBefore() throws Exception {
        Pipeline p = Pipelines.oral(10, 0, 6, 1);
        Scenario s = new Scenario("s", "S");
        s.parameters().put("dosing.count", 3.0);
        var r = Simulator.run(new PipelineCompiler(MechanismRegistry.getDefault()).compile(p, "t", List.of(s)));
        double[] gut = r.column(r.columnIndex("pk.gut"));
        assertTrue(gut[(int) (12 / 0.25)] >= 10, "third dose at 12 h");
        assertTrue(gut[(int) (18 / 0.25)] < 0.01, "no fourth dose at 18 h: " + gut[(int) (18 / 0.25)]);
    }

    @Test
    void integerSpecsRefuseFractionalDefaultsAndPresets() {
        assertThrows(IllegalArgumentException.class, () -> new ParameterSpec("n", "-", 1.5, 0, 10,
                ParameterStatus.ASSUMED, "", "", "", true));
        ParameterSpec n = new ParameterSpec("n", "-", 2, 0, 10, ParameterStatus.ASSUMED, "", "", "", true);
        assertTrue(n.accepts(3) && !n.accepts(3.5) && n.inRange(3.5) && !n.accepts(11));
        assertFalse(new ParameterSpec("x", "-", 2, 0, 10, ParameterStatus.ASSUMED, "", "", "").integer());
        String msg = assertThrows(IllegalArgumentException.class, () -> new MechanismSpec.Builder("m").parameter(n)
                .preset(new PresetSpec("half", "", "", false, java.util.Map.of("n", 2.5))).build()).getMessage();
        assertTrue(msg.contains("sets the integer parameter n to 2.5"), msg);
    }
}
