package org.ldnworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.cli.internal.CliOutcome;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The command line's output contract, driven in-process through the real mechanism registry. */
class CliTest {
    static final Path EXAMPLES = Path.of("../../examples/pipelines").toAbsolutePath().normalize();

    static CliOutcome cli(String... args) {
        return CliOutcome.run(args);
    }

    static String example(String name) {
        return EXAMPLES.resolve(name).toString();
    }

    @Test
    void runWritesTimeseriesSummaryAndPlotsPerScenario(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("out"); // inside the temporary folder, with the lock file beside it
        CliOutcome o = cli("run", example("ldn-vs-standard.ldnpipe"), "--out", dir.toString());
        assertEquals(0, o.code(), o.err());
        assertEquals("", o.err());
        assertTrue(o.out().contains("LDN 4.5 mg 22:00 (PET)") && o.out().contains("50 mg 08:00 (rapid-eq.)"), o.out());
        for (String s : List.of("ldn-pet", "std-pet", "ldn-rapid", "std-rapid")) {
            List<String> lines = Files.readAllLines(dir.resolve(s).resolve("timeseries.csv"));
            assertEquals("time,pk.Cntx,pk.Cntxol,receptor.occupancy,rebound.signaling,rebound.endogenousTone,"
                    + "rebound.receptorDensity,inflammation.glialActivation,inflammation.tnf,inflammation.il6,"
                    + "inflammation.il1b,inflammation.tlr4Inhibition", lines.get(0));
            assertEquals(13441 + 1, lines.size());
            assertTrue(lines.get(lines.size() - 1).startsWith("1344,"));
        }
        JsonObject summary = JsonParser.parseString(Files.readString(dir.resolve("summary.json"))).getAsJsonObject();
        assertEquals("ldn-summary/1", summary.get("format").getAsString());
        assertEquals(4, summary.getAsJsonArray("scenarios").size());
        JsonObject first = summary.getAsJsonArray("scenarios").get(0).getAsJsonObject();
        assertEquals(56, first.getAsJsonObject("outputs").getAsJsonObject("receptor.occupancy")
                .getAsJsonArray("days").size());
        byte[] png = Files.readAllBytes(dir.resolve("plots").resolve("receptor.occupancy.png"));
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, java.util.Arrays.copyOf(png, 4));
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".ldnwb-staging")), "staging removed");
        }
        // the staging folder is a hidden sibling since the results folder is replaced as a whole
        try (var s = Files.list(dir.getParent())) {
            String staging = "." + dir.getFileName() + ".ldnwb-staging-";
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(staging)), "staging removed");
        }
    }

    @Test
    void setAndPresetOverrideAndAreChecked(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("out"); // inside the temporary folder, with the lock file beside it
        CliOutcome ok = cli("run", example("dose-scan.ldnpipe"), "--out", dir.toString(), "--no-plots", "--set",
                "dosing.amount=1.5", "--preset", "receptor=rapid-equilibrium", "--set", "dosing.count=3");
        assertEquals(0, ok.code(), ok.err());
        CliOutcome bad = cli("run", example("dose-scan.ldnpipe"), "--out", dir.toString(), "--set", "pk.ka=999");
        assertEquals(1, bad.code());
        assertEquals(1, bad.err().lines().count(), bad.err());
        assertTrue(bad.err().contains("node 'pk'") && bad.err().contains("ka = 999"), bad.err());
        CliOutcome usage = cli("run", example("dose-scan.ldnpipe"), "--set", "pk.ka=fast");
        assertEquals(2, usage.code());
        assertTrue(usage.err().contains("'fast' is not a finite number"), usage.err());
        CliOutcome preset = cli("run", example("dose-scan.ldnpipe"), "--preset", "receptor=slow");
        assertEquals(1, preset.code());
        assertTrue(preset.err().contains("no preset 'slow'"), preset.err());
    }

    @Test
    void failedRunLeavesEarlierResultsIntact(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("out"); // inside the temporary folder, with the lock file beside it
        assertEquals(0, cli("run", example("single-50mg.ldnpipe"), "--out", dir.toString(), "--no-plots").code());
        byte[] before = Files.readAllBytes(dir.resolve("summary.json"));
        CliOutcome bad = cli("run", example("single-50mg.ldnpipe"), "--out", dir.toString(), "--set", "pk.F=7");
        assertEquals(1, bad.code());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("summary.json")));
    }

    @Test
    void errorsAreOneLineWithoutStackTraceUnlessDebug(@TempDir Path dir) throws Exception {
        CliOutcome missing = cli("run", dir.resolve("nope.ldnpipe").toString());
        assertEquals(1, missing.code());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().contains("nope.ldnpipe: no such file"), missing.err());
        Path garbage = dir.resolve("garbage.ldnpipe");
        Files.write(garbage, new byte[] { (byte) 0xff, 0x00, 0x13, 0x37 });
        CliOutcome g = cli("validate", garbage.toString());
        assertEquals(1, g.code());
        assertTrue(g.err().contains("not a text file"), g.err());
        Path trunc = dir.resolve("trunc.ldnpipe");
        Files.writeString(trunc, Files.readString(Path.of(example("ldn-vs-standard.ldnpipe"))).substring(0, 300));
        CliOutcome t = cli("validate", trunc.toString());
        assertEquals(1, t.code());
        assertTrue(t.err().matches("(?s)error: .*trunc.ldnpipe:\\d+:\\d+: syntax error.*"), t.err());
        CliOutcome debug = cli("validate", trunc.toString(), "--debug");
        assertTrue(debug.err().lines().count() > 1, "stack trace with --debug");
        assertEquals(2, cli("frobnicate").code());
    }

    @Test
    void validateReportsProblemsOfEveryScenario(@TempDir Path dir) throws Exception {
        CliOutcome ok = cli("validate", example("ldn-vs-standard.ldnpipe"));
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("valid (5 nodes, 6 connections, 4 scenarios)"), ok.out());
        Path f = dir.resolve("mismatch.ldnpipe");
        Files.writeString(f, Files.readString(Path.of(example("dose-scan.ldnpipe")))
                .replace("\"pk.Cntxol\"", "\"receptor.occupancy\""));
        CliOutcome bad = cli("validate", f.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("unit mismatch"), bad.err());
    }

    /** validate refuses what run refuses before its first step: the fixed step at t = 0, the events per run. */
    @Test
    void validateRefusesWhatRunRefusesAtTheStart(@TempDir Path dir) throws Exception {
        String lv = Files.readString(Path.of(example("ldn-vs-standard.ldnpipe")));
        for (String h : List.of("1", "0.85")) {
            Path f = dir.resolve("rk4-" + h + ".ldnpipe");
            Files.writeString(f, lv.replace("\"integrator\": \"dormand-prince-853\"",
                    "\"integrator\": \"rk4\", \"fixedStep\": " + h));
            CliOutcome v = cli("validate", f.toString());
            CliOutcome r = cli("run", f.toString(), "--out", dir.resolve("out-" + h).toString(), "--no-plots");
            assertEquals(1, v.code(), v.out());
            assertEquals(1, r.code(), r.out());
            assertTrue(v.err().startsWith("error: scenario 'ldn-pet': node 'pk': the fixed step " + h + " h is "),
                    v.err());
            assertEquals(r.err(), v.err());
        }
        // 11 dosing nodes of 100,000 doses each: 1.1 million events, over the limit of a run
        StringBuilder nodes = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            nodes.append(i == 0 ? "" : ",").append("{\"id\":\"d").append(i).append("\",\"mechanism\":")
                    .append("\"org.ldnworkbench.pk.oralDosing\",\"parameters\":{\"firstDose\":0,")
                    .append("\"interval\":0.5,\"count\":100000}}");
        }
        Path f = dir.resolve("events.ldnpipe");
        Files.writeString(f, "{\"format\":\"ldn-pipeline/1\",\"simulation\":{\"start\":0,\"end\":60000,"
                + "\"step\":100},\"nodes\":[" + nodes + ",{\"id\":\"pk\",\"mechanism\":"
                + "\"org.ldnworkbench.pk.naltrexone\"}],\"connections\":[{\"from\":\"d0.dose\",\"to\":\"pk.dose\"}]}");
        CliOutcome v = cli("validate", f.toString());
        assertEquals(1, v.code(), v.out());
        assertTrue(v.err().contains("events, the limit per run"), v.err());
    }

    @Test
    void listShowsEveryModelMechanism() {
        CliOutcome o = cli("list");
        assertEquals(0, o.code(), o.err());
        for (String id : List.of("org.ldnworkbench.pk.oralDosing", "org.ldnworkbench.pk.naltrexone",
                "org.ldnworkbench.receptor.mu", "org.ldnworkbench.rebound.endogenous",
                "org.ldnworkbench.inflammation.glia")) {
            assertTrue(o.out().contains(id), id);
        }
        assertTrue(o.out().contains("occupancy [fraction]"), o.out());
    }

    @Test
    void scanRunsEveryValueAndWritesCsvAndPlots(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("out"); // inside the temporary folder, with the lock file beside it
        CliOutcome o = cli("scan", example("dose-scan.ldnpipe"), "--param", "dosing.amount", "--values", "1,4.5,50",
                "--set", "dosing.count=7", "--out", dir.toString());
        assertEquals(0, o.code(), o.err());
        List<String> csv = Files.readAllLines(dir.resolve("scan.csv"));
        assertEquals(4, csv.size());
        assertTrue(csv.get(0).startsWith("dosing.amount,scenario,"), csv.get(0));
        assertTrue(csv.get(2).startsWith("4.5,"), csv.get(2));
        try (var s = Files.list(dir.resolve("plots"))) {
            assertTrue(s.count() >= 3);
        }
        CliOutcome range = cli("scan", example("dose-scan.ldnpipe"), "--param", "dosing.amount", "--range", "0.5:100:0:log");
        assertEquals(2, range.code());
        assertFalse(range.err().isEmpty());
    }
}
