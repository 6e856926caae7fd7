package org.ldnworkbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
        ResultsDirectoryTest.Outcome o = ResultsDirectoryTest.cli("run", EXAMPLES.resolve("single-50mg.ldnpipe")
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
        assertEquals(3.0, copy.scenarios().get(0).parameters().get("dosing.amount"));
        assertEquals("rapid-equilibrium", copy.scenarios().get(0).presets().get("receptor"));
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
        ResultsDirectoryTest.Outcome o = ResultsDirectoryTest.cli("run", EXAMPLES.resolve("dose-scan.ldnpipe")
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
        ResultsDirectoryTest.Outcome o = ResultsDirectoryTest.cli("run", ResultsDirectoryTest.FILE, "--out",
                tmp.resolve("a").toString(), "--no-plots");
        assertEquals(0, o.code(), o.err());
        assertFalse(o.out().contains("*"), o.out());
        assertEquals(0, summary(tmp.resolve("a")).getAsJsonArray("overrides").size());
    }
}
