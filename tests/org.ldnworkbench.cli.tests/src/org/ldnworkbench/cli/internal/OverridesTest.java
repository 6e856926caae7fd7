package org.ldnworkbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.ParameterLayer;
import org.ldnworkbench.core.pipeline.Pipeline;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code --set} and {@code --preset} are recorded wherever the run's results go: the pipeline copy reproduces the
 * run, summary.json lists them, and the tables mark the scenario names they falsify.
 */
class OverridesTest {
    static final Path EXAMPLES = ResultsDirectoryTest.EXAMPLES;

    private static JsonObject summary(Path dir) throws Exception {
        return JsonParser.parseString(Files.readString(dir.resolve("summary.json"))).getAsJsonObject();
    }

    @Test
    void overridesOfAPipelineWithScenariosAreRecordedAndTheCopyReproducesTheRun(@TempDir Path tmp)
            throws Exception {
        Path a = tmp.resolve("a");
        CliOutcome o = ResultsDirectoryTest.cli("run", EXAMPLES.resolve("single-50mg.ldnpipe")
                .toString(), "--out", a.toString(), "--no-plots", "--set", "dosing.amount=3", "--preset",
                "receptor=rapid-equilibrium");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("50 mg (PET-calibrated) *") && o.out().contains("50 mg (rapid-equilibrium) *"),
                o.out());
        assertTrue(o.out().contains("\n* overridden on the command line: dosing.amount = 3, receptor preset "
                + "rapid-equilibrium\n"), o.out());

        JsonObject s = summary(a);
        JsonArray overrides = s.getAsJsonArray("overrides");
        assertEquals(2, overrides.size());
        assertEquals("{\"kind\":\"set\",\"target\":\"dosing.amount\",\"value\":3.0}", overrides.get(0).toString());
        assertEquals("{\"kind\":\"preset\",\"target\":\"receptor\",\"value\":\"rapid-equilibrium\"}",
                overrides.get(1).toString());
        JsonObject pet = s.getAsJsonArray("scenarios").get(0).getAsJsonObject();
        assertEquals("{\"kind\":\"preset\",\"target\":\"receptor\",\"value\":\"rapid-equilibrium\","
                + "\"scenarioValue\":\"pet-calibrated\"}", pet.getAsJsonArray("overrides").get(1).toString());

        Pipeline copy = Cli.read(a.resolve("pipeline.ldnpipe").toString());
        // no scenario sets dosing.amount: it goes into the node; both set the receptor preset: replaced there
        assertEquals(3.0, copy.node("dosing").parameters().get("amount"));
        assertFalse(copy.scenarios().get(0).parameters().containsKey("dosing.amount"));
        assertEquals("rapid-equilibrium", copy.scenarios().get(0).presets().get("receptor"));
        assertEquals("rapid-equilibrium", copy.scenarios().get(1).presets().get("receptor"));
        assertEquals("pet-calibrated", copy.node("receptor").preset());
        assertTrue(copy.description().endsWith("[run with command-line overrides: dosing.amount = 3, receptor "
                + "preset rapid-equilibrium]"), copy.description());

        Path b = tmp.resolve("b");
        o = ResultsDirectoryTest.cli("run", a.resolve("pipeline.ldnpipe").toString(), "--out", b.toString(),
                "--no-plots");
        assertEquals(0, o.code(), o.err());
        assertFalse(o.out().contains("*"), o.out());
        for (String ts : new String[] { "pet/timeseries.csv", "rapid/timeseries.csv" }) {
            assertArrayEquals(Files.readAllBytes(a.resolve(ts)), Files.readAllBytes(b.resolve(ts)), ts);
        }
        JsonArray sa = summary(a).getAsJsonArray("scenarios");
        JsonArray sb = summary(b).getAsJsonArray("scenarios");
        for (int i = 0; i < sa.size(); i++) {
            sa.get(i).getAsJsonObject().remove("overrides");
            sb.get(i).getAsJsonObject().remove("overrides");
        }
        assertEquals(sa, sb, "the copy reproduces every number");
    }

    @Test
    void overridesOfAPipelineWithoutScenariosGoIntoTheNodes(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a");
        CliOutcome o = ResultsDirectoryTest.cli("run", EXAMPLES.resolve("dose-scan.ldnpipe")
                .toString(), "--out", a.toString(), "--no-plots", "--set", "dosing.amount=1.5", "--set",
                "dosing.count=3", "--preset", "receptor=rapid-equilibrium");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("LDN nightly regimen (for dose scans) *"), o.out());
        Pipeline copy = Cli.read(a.resolve("pipeline.ldnpipe").toString());
        assertEquals(1.5, copy.node("dosing").parameters().get("amount"));
        assertEquals(3.0, copy.node("dosing").parameters().get("count"));
        assertEquals("rapid-equilibrium", copy.node("receptor").preset());
        Path b = tmp.resolve("b");
        o = ResultsDirectoryTest.cli("run", a.resolve("pipeline.ldnpipe").toString(), "--out", b.toString(),
                "--no-plots");
        assertEquals(0, o.code(), o.err());
        assertArrayEquals(Files.readAllBytes(a.resolve("timeseries.csv")), Files.readAllBytes(b.resolve("timeseries.csv")));
    }

    @Test
    void aRunWithoutOverridesRecordsAnEmptyList(@TempDir Path tmp) throws Exception {
        CliOutcome o = ResultsDirectoryTest.cli("run", ResultsDirectoryTest.FILE, "--out",
                tmp.resolve("a").toString(), "--no-plots");
        assertEquals(0, o.code(), o.err());
        assertFalse(o.out().contains("*"), o.out());
        assertEquals(0, summary(tmp.resolve("a")).getAsJsonArray("overrides").size());
    }

    private static int settings(Pipeline p) {
        int n = 0;
        for (var node : p.nodes()) {
            n += node.parameters().size() + node.tables().size() + (node.preset() == null ? 0 : 1);
        }
        for (var sc : p.scenarios()) {
            n += sc.parameters().size() + sc.presets().size();
        }
        return n;
    }

    @Test
    void theCopyGainsAtMostOneSettingPerOverrideAndReproducesTheRun(@TempDir Path tmp) throws Exception {
        // D7: every override was copied into every scenario (100 scenarios x 200 sets pushed a copy over 20,000
        // settings, which our own reader refuses)
        Path file = EXAMPLES.resolve("ldn-vs-standard.ldnpipe");
        Path a = tmp.resolve("a");
        CliOutcome o = ResultsDirectoryTest.cli("run", file.toString(), "--out", a.toString(),
                "--no-plots", "--set", "dosing.amount=3", "--set", "dosing.interval=12", "--set", "dosing.count=20",
                "--preset", "receptor=rapid-equilibrium");
        assertEquals(0, o.code(), o.err());
        Pipeline original = Cli.read(file.toString());
        Pipeline copy = Cli.read(a.resolve("pipeline.ldnpipe").toString());
        assertTrue(settings(copy) - settings(original) <= 4, settings(copy) + " vs " + settings(original));
        for (var sc : copy.scenarios()) {
            assertEquals(3.0, sc.parameters().get("dosing.amount"), "replaced where the scenario sets it");
            assertFalse(sc.parameters().containsKey("dosing.interval"), "not copied into the scenarios");
            assertEquals("rapid-equilibrium", sc.presets().get("receptor"));
        }
        assertEquals(12.0, copy.node("dosing").parameters().get("interval"));
        assertEquals(20.0, copy.node("dosing").parameters().get("count"));
        Path b = tmp.resolve("b");
        o = ResultsDirectoryTest.cli("run", a.resolve("pipeline.ldnpipe").toString(), "--out", b.toString(),
                "--no-plots");
        assertEquals(0, o.code(), o.err());
        for (String sc : new String[] { "ldn-pet", "std-pet", "ldn-rapid", "std-rapid" }) {
            String ts = sc + "/timeseries.csv";
            assertArrayEquals(Files.readAllBytes(a.resolve(ts)), Files.readAllBytes(b.resolve(ts)), ts);
        }
    }

    @Test
    void theOverrideNoteNeverPushesTheDescriptionOverItsLimit(@TempDir Path tmp) throws Exception {
        // D7: a description of 9,990 characters and the note made a copy of 10,060 that our reader refuses
        String text = Files.readString(Path.of(ResultsDirectoryTest.FILE));
        Pipeline p = Cli.read(ResultsDirectoryTest.FILE);
        p.description("d".repeat(Names.MAX_DESCRIPTION_LENGTH - 10));
        Path file = Files.writeString(tmp.resolve("long.ldnpipe"), org.ldnworkbench.core.pipeline.PipelineFiles
                .toText(p));
        assertFalse(text.isEmpty());
        Path a = tmp.resolve("a");
        CliOutcome o = ResultsDirectoryTest.cli("run", file.toString(), "--out", a.toString(),
                "--no-plots", "--set", "dosing.amount=3");
        assertEquals(0, o.code(), o.err());
        Pipeline copy = Cli.read(a.resolve("pipeline.ldnpipe").toString());
        assertTrue(copy.description().length() <= Names.MAX_DESCRIPTION_LENGTH, "" + copy.description().length());
        assertTrue(copy.description().endsWith("d" + CommandLineOverrides.CUT + " [run with command-line overrides: "
                + "dosing.amount = 3]"), copy.description().substring(9_900));

        String note = "[run with command-line overrides: " + "x".repeat(20_000) + "]";
        String cut = CommandLineOverrides.describedWithNote("abc", note);
        assertEquals(Names.MAX_DESCRIPTION_LENGTH, cut.length());
        assertTrue(cut.endsWith("...]"));
        String emoji = "\uD83D\uDE00".repeat(Names.MAX_DESCRIPTION_LENGTH);
        String cutEmoji = CommandLineOverrides.describedWithNote(emoji, "[n]");
        assertTrue(cutEmoji.length() <= Names.MAX_DESCRIPTION_LENGTH);
        assertTrue(cutEmoji.endsWith(CommandLineOverrides.CUT + " [n]"));
        assertFalse(Character.isHighSurrogate(cutEmoji.charAt(cutEmoji.length() - CommandLineOverrides.CUT.length()
                - 5)));
        assertEquals("abc [n]", CommandLineOverrides.describedWithNote("abc", "[n]"));
        assertEquals("[n]", CommandLineOverrides.describedWithNote("", "[n]"));
    }

    @Test
    void theCopyFollowsTheLayerOrderTheRunUsed() throws Exception {
        // in the documented layer order a command-line preset replaces the node's own values of the parameters it
        // sets: the copy drops those node values (keeping them would make the copy run with them); a value that
        // still differs from the run is written explicitly where it differs
        var catalog = org.ldnworkbench.core.registry.MechanismRegistry.getDefault();
        var compiler = new org.ldnworkbench.core.engine.PipelineCompiler(catalog);
        Pipeline p = Cli.read(ResultsDirectoryTest.FILE).copy();
        p.scenarios().clear();
        p.node("receptor").preset("pet-calibrated").parameter("ke0", 0.1);
        ParameterLayer layer = ParameterLayer.commandLine(Map.of("receptor", "rapid-equilibrium"), Map.of());
        CommandLineOverrides o = new CommandLineOverrides(layer);

        var run = compiler.compileAll(p, "f", java.util.List.of(layer));
        Pipeline dropped = o.appliedTo(p, run, catalog);
        assertEquals("rapid-equilibrium", dropped.node("receptor").preset());
        assertFalse(dropped.node("receptor").parameters().containsKey("ke0"), "the run used the preset's value");
        assertEquals(0.1, p.node("receptor").parameters().get("ke0"), "the pipeline as read is not changed");
        assertEquals(run.get(0).parameterValues("receptor").get("ke0"), compiler
                .compileAll(dropped, "f", java.util.List.of()).get(0).parameterValues("receptor").get("ke0"), 0.0,
                "the copy runs with the run's value");

        Pipeline withScenarios = Cli.read(ResultsDirectoryTest.FILE);
        o = new CommandLineOverrides(ParameterLayer.commandLine(Map.of(), Map.of("receptor.ke0", 0.2)));
        Pipeline other = withScenarios.copy();
        other.node("receptor").parameter("ke0", 0.2);
        other.scenarios().get(1).parameters().put("receptor.ke0", 0.25);
        var differing = compiler.compileAll(other, "f", java.util.List.of());
        Pipeline explicit = o.appliedTo(withScenarios, differing, catalog);
        assertEquals(0.2, explicit.node("receptor").parameters().get("ke0"));
        assertFalse(explicit.scenarios().get(0).parameters().containsKey("receptor.ke0"));
        assertEquals(0.25, explicit.scenarios().get(1).parameters().get("receptor.ke0"), "written where it differs");
    }
}
