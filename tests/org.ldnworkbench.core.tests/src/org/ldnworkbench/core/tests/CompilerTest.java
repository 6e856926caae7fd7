package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.pipeline.ParameterLayer;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.core.registry.MechanismRegistry;

/** What the compiler refuses, and how it says so. */
class CompilerTest {
    private static String only(Pipeline p) {
        CompileException e = assertThrows(CompileException.class, () -> Pipelines.compile(p));
        return e.getMessage();
    }

    @Test
    void algebraicLoopIsRejectedAndNamed() {
        Pipeline p = new Pipeline().name("loop");
        p.add(new Node("a", "test.gain"));
        p.add(new Node("b", "test.gain"));
        p.connect("a.y", "b.u");
        p.connect("b.y", "a.u");
        String msg = only(p);
        assertTrue(msg.contains("algebraic loop"), msg);
        assertTrue(msg.contains("a.y -> b.y -> a.y") || msg.contains("b.y -> a.y -> b.y"), msg);
    }

    @Test
    void unitMismatchIsRejected() {
        Pipeline p = new Pipeline().name("units");
        p.add(new Node("pk", "test.oneCompartment"));
        p.add(new Node("x", "test.decay"));
        p.connect("pk.C", "x.u");
        String msg = only(p);
        assertTrue(msg.contains("unit mismatch") && msg.contains("pk.C is in mg/L") && msg.contains("x.u expects -"),
                msg);
    }

    @Test
    void unconnectedRequiredInputIsRejected() {
        Pipeline p = new Pipeline().name("open");
        p.add(new Node("x", "test.decay"));
        String msg = only(p);
        assertTrue(msg.contains("node 'x'") && msg.contains("required input 'u'"), msg);
    }

    @Test
    void unknownMechanismPortParameterAndPresetAreNamed() {
        Pipeline p = Pipelines.oral(10, 0, 24, 1);
        p.add(new Node("ghost", "org.example.missing"));
        p.node("pk").parameter("kz", 1).preset("slow");
        p.connect("pk.Cx", "dosing.dose");
        List<Problem> problems = new PipelineCompiler(MechanismRegistry.getDefault()).validate(p);
        String all = problems.toString();
        assertTrue(all.contains("unknown mechanism 'org.example.missing'"), all);
        assertTrue(all.contains("no parameter 'kz'"), all);
        assertTrue(all.contains("no preset 'slow'") && all.contains("(presets: fast)"), all);
        assertTrue(all.contains("no output 'Cx'"), all);
    }

    @Test
    void parameterOutOfRangeIsRejectedWithItsRange() {
        Pipeline p = Pipelines.oral(10, 0, 24, 1);
        p.node("pk").parameter("F", 1.5);
        String msg = only(p);
        assertTrue(msg.contains("node 'pk'") && msg.contains("F = 1.5") && msg.contains("[0.0, 1.0]"), msg);
    }

    @Test
    void duplicateNodeIdsAndBadSimulationSettingsAreRejected() {
        Pipeline p = Pipelines.oral(10, 0, 24, 1);
        p.add(new Node("pk", "test.decay"));
        p.simulation().end(-5).step(0);
        List<Problem> problems = new PipelineCompiler(MechanismRegistry.getDefault()).validate(p);
        String all = problems.toString();
        assertTrue(all.contains("duplicate node id"), all);
        assertTrue(all.contains("simulation.end"), all);
        assertTrue(all.contains("simulation.step"), all);
    }

    @Test
    void absurdGridIsRefusedWithTheLimitNamed() {
        Pipeline p = Pipelines.oral(10, 0, 24, 1);
        p.simulation().end(1e5).step(1e-3);
        String msg = only(p);
        assertTrue(msg.contains("limit is " + PipelineCompiler.MAX_GRID_POINTS), msg);
    }

    @Test
    void layersApplyPresetThenNodeThenScenarios() throws Exception {
        Pipeline p = Pipelines.oral(10, 0, 24, 1);
        p.node("pk").preset("fast");
        Scenario s = new Scenario("s", "S");
        s.parameters().put("pk.V", 80.0);
        var cp = new PipelineCompiler(MechanismRegistry.getDefault()).compile(p, "t", List.of(s));
        var r = org.ldnworkbench.core.engine.Simulator.run(cp);
        int c = r.columnIndex("pk.C");
        double t = r.time()[8];
        assertEquals(Pipelines.bateman(t, 10, 5, 0.2, 80, 0.8), r.column(c)[8], 1e-8);
    }

    /**
     * A node that names no preset runs with the mechanism's default preset, not with the declared parameter defaults:
     * test.oneCompartmentPreset declares ka = 1.5, ke = 0.2, V = 40, F = 0.8, and its default preset 'standard' sets
     * ka = 3, ke = 0.35, V = 25. A node that names another preset gets that preset over the declared defaults, with
     * nothing of the default preset underneath.
     */
    @Test
    void aNodeNamingNoPresetRunsWithTheDefaultPreset() throws Exception {
        assertBateman(oralWithPresetMechanism(null), 3, 0.35, 25, 0.8);
        assertBateman(oralWithPresetMechanism("declared"), 1.5, 0.2, 40, 0.8);
    }

    private static Pipeline oralWithPresetMechanism(String preset) {
        Pipeline p = new Pipeline().name("oralPreset");
        p.simulation().start(0).end(48).step(0.25).rtol(1e-11).atol(1e-14);
        p.add(new Node("dosing", "test.bolus").parameter("amount", 100).parameter("first", 0)
                .parameter("interval", 24).parameter("count", 1));
        Node pk = new Node("pk", "test.oneCompartmentPreset");
        if (preset != null) {
            pk.preset(preset);
        }
        p.add(pk);
        p.connect("dosing.dose", "pk.dose");
        return p;
    }

    private static void assertBateman(Pipeline p, double ka, double ke, double v, double f) throws Exception {
        var r = org.ldnworkbench.core.engine.Simulator.run(Pipelines.compile(p));
        int c = r.columnIndex("pk.C");
        double worst = 0;
        for (int i = 1; i < r.length(); i++) {
            double exact = Pipelines.bateman(r.time()[i], 100, ka, ke, v, f);
            worst = Math.max(worst, Math.abs(r.column(c)[i] - exact) / exact);
        }
        assertTrue(worst < 1e-7, "ka " + ka + ", ke " + ke + ", V " + v + ": worst relative error " + worst);
    }

    /**
     * The documented order holds for presets too: a preset chosen by a later layer (a scenario, the command line)
     * sets its values over the node's own; before, any preset was applied first and the node's own ka silently
     * won, while the run was reported as using the preset.
     */
    @Test
    void aLaterLayersPresetReplacesTheNodesOwnValues() throws Exception {
        Pipeline p = Pipelines.oral(10, 0, 24, 1);
        p.node("pk").parameter("ka", 0.5);
        Scenario s = new Scenario("s", "S");
        s.presets().put("pk", "fast");
        var compiler = new PipelineCompiler(MechanismRegistry.getDefault());
        assertEquals(5.0, compiler.compile(p, "t", List.of(s)).parameterValues("pk").get("ka"));
        assertEquals(0.5, compiler.compile(p, "t", List.of()).parameterValues("pk").get("ka"));
        ParameterLayer cli = ParameterLayer.commandLine(Map.of(), Map.of("pk.ka", 2.0));
        assertEquals(2.0, compiler.compile(p, "t", List.of(s), List.of(cli)).parameterValues("pk").get("ka"));
        Scenario unknown = new Scenario("u", "U");
        unknown.presets().put("pk", "slow");
        String msg = assertThrows(CompileException.class, () -> compiler.compile(p, "t", List.of(unknown)))
                .getMessage();
        assertTrue(msg.contains("scenario 'u' presets.pk") && msg.contains("no preset 'slow'"), msg);
    }

    @Test
    void quarantinedContributionIsNamedAndTheRestWorks() throws Exception {
        Pipeline p = new Pipeline().name("broken");
        p.add(new Node("b", "test.broken"));
        String msg = only(p);
        assertTrue(msg.contains("test.broken") && msg.contains("org.ldnworkbench.core.tests")
                && msg.contains("quarantined"), msg);
        assertTrue(MechanismRegistry.getDefault().quarantineReason("test.broken") != null);
        Pipelines.compile(Pipelines.oral(10, 0, 24, 1));
    }
}
