package org.ldnworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.cli.internal.CliOutcome;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.MetricSpec;
import org.ldnworkbench.core.metrics.ParameterScan;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.registry.MechanismRegistry;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code ldnwb scan}: the metrics it streams are those of a full run, and its sizes are checked before running. */
class ScanTest {
    /**
     * A scan keeps only each run's metrics, computed while integrating; they must be exactly the values that
     * {@code ldnwb run} with the same dose writes to summary.json from the stored series.
     */
    @Test
    void scannedMetricsAreExactlyThoseOfAFullRun(@TempDir Path dir) throws Exception {
        Path scanDir = dir.resolve("scan");
        CliOutcome scan = CliTest.cli("scan", CliTest.example("dose-scan.ldnpipe"), "--param", "dosing.amount",
                "--values", "4.5,50", "--set", "dosing.count=10", "--out", scanDir.toString(), "--no-plots");
        assertEquals(0, scan.code(), scan.err());
        List<String> csv = Files.readAllLines(scanDir.resolve("scan.csv"));
        String[] header = csv.get(0).split(",");
        for (int row = 1; row <= 2; row++) {
            String[] cells = csv.get(row).split(",");
            Path runDir = dir.resolve("run" + row);
            CliOutcome run = CliTest.cli("run", CliTest.example("dose-scan.ldnpipe"), "--set", "dosing.count=10",
                    "--set", "dosing.amount=" + cells[0], "--out", runDir.toString(), "--no-plots");
            assertEquals(0, run.code(), run.err());
            JsonObject metrics = JsonParser.parseString(Files.readString(runDir.resolve("summary.json")))
                    .getAsJsonObject().getAsJsonArray("scenarios").get(0).getAsJsonObject()
                    .getAsJsonObject("metrics");
            for (int c = 2; c < header.length; c++) {
                JsonObject m = metrics.getAsJsonObject(header[c]);
                double expected = headline(header[c]) == MetricSpec.Headline.LAST_DAY
                        ? m.get("lastDay").getAsDouble() : m.get("run").getAsDouble();
                assertEquals(expected, Double.parseDouble(cells[c]), 0.0, header[c] + " at " + cells[0] + " mg");
            }
        }
    }

    /** @return the headline period declared for a metric {@code node.metricId} of the example's mechanisms */
    private static MetricSpec.Headline headline(String metric) {
        String id = metric.substring(metric.lastIndexOf('.') + 1);
        for (MechanismSpec spec : MechanismRegistry.getDefault().all()) {
            for (MetricSpec m : spec.metrics()) {
                if (m.id().equals(id)) {
                    return m.headline();
                }
            }
        }
        throw new AssertionError("no metric " + metric);
    }

    @Test
    void scanSizesAreCheckedBeforeAnyValueIsParsedOrRun(@TempDir Path dir) {
        String many = "1,".repeat(10_000) + "1";
        CliOutcome tooMany = CliTest.cli("scan", CliTest.example("dose-scan.ldnpipe"), "--param", "dosing.amount",
                "--values", many, "--out", dir.toString());
        assertEquals(2, tooMany.code());
        assertTrue(tooMany.err().contains("at most 10000 values"), tooMany.err());
        CliOutcome fractional = CliTest.cli("scan", CliTest.example("dose-scan.ldnpipe"), "--param", "dosing.amount",
                "--range", "1:10:2.5", "--out", dir.toString());
        assertEquals(2, fractional.code());
        assertTrue(fractional.err().contains("whole number"), fractional.err());
        CliOutcome huge = CliTest.cli("scan", CliTest.example("dose-scan.ldnpipe"), "--param", "dosing.amount",
                "--range", "1:10:1e300", "--out", dir.toString());
        assertEquals(2, huge.code());
        assertTrue(huge.err().contains("from 2 to 10000"), huge.err());
        CliOutcome outOfRange = CliTest.cli("scan", CliTest.example("dose-scan.ldnpipe"), "--param", "dosing.amount",
                "--values", "1,2,5000", "--out", dir.toString());
        assertEquals(1, outOfRange.code());
        assertTrue(outOfRange.err().contains("amount = 5000"), outOfRange.err());
    }

    /** A log range ends exactly at its upper bound: exp(log(100)) is 100.00000000000004, outside Q's range [0, 100]. */
    @Test
    void rangesEndExactlyAtTheirBounds(@TempDir Path dir) throws Exception {
        CliOutcome o = CliTest.cli("scan", CliTest.example("dose-scan.ldnpipe"), "--param", "pk.Q", "--range",
                "1:100:3:log", "--set", "dosing.count=2", "--out", dir.resolve("log").toString(), "--no-plots");
        assertEquals(0, o.code(), o.err());
        List<String> csv = Files.readAllLines(dir.resolve("log").resolve("scan.csv"));
        assertTrue(csv.get(1).startsWith("1,") && csv.get(2).startsWith("10,") && csv.get(3).startsWith("100,"),
                String.join("\n", csv));
        CliOutcome lin = CliTest.cli("scan", CliTest.example("dose-scan.ldnpipe"), "--param", "dosing.count", "--range",
                "1:56:12", "--out", dir.resolve("lin").toString(), "--no-plots");
        assertEquals(0, lin.code(), lin.err());
    }

    /**
     * Every value is checked against the parameter's declaration before the first run: a fractional count at the
     * end of a long list is refused without any simulation.
     */
    @Test
    void aValueTheParameterRefusesIsFoundBeforeAnyRun() throws Exception {
        Pipeline p = PipelineFiles.read(Path.of(CliTest.example("dose-scan.ldnpipe")));
        double[] values = new double[3001];
        for (int i = 0; i < 3000; i++) {
            values[i] = 1 + i % 50;
        }
        values[3000] = 2.5;
        AtomicInteger runs = new AtomicInteger();
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public void worked(int work) {
                runs.addAndGet(work);
            }
        };
        ParameterScan scan = new ParameterScan(new PipelineCompiler(MechanismRegistry.getDefault()), p, "f.ldnpipe",
                List.of(), "dosing.count");
        String msg = assertThrows(CompileException.class, () -> scan.run(values, 2, monitor)).getMessage();
        assertTrue(msg.contains("count = 2.5 is not a whole number"), msg);
        assertEquals(0, runs.get());
    }

    /** A scan records its command-line overrides: a footnote under the table and the pipeline as scanned. */
    @Test
    void scanRecordsItsOverrides(@TempDir Path dir) throws Exception {
        CliOutcome o = CliTest.cli("scan", CliTest.example("dose-scan.ldnpipe"), "--param", "dosing.amount", "--values",
                "1,5", "--set", "dosing.count=3", "--preset", "receptor=rapid-equilibrium", "--out", dir.toString(),
                "--no-plots");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("overridden on the command line: dosing.count = 3, receptor preset "
                + "rapid-equilibrium"), o.out());
        Pipeline asScanned = PipelineFiles.read(dir.resolve("pipeline.ldnpipe"));
        assertEquals("rapid-equilibrium", asScanned.node("receptor").preset());
        assertEquals(3.0, asScanned.node("dosing").parameters().get("count"));
    }

    /** A scenario name that a spreadsheet would run as a formula is written as text. */
    @Test
    void scenarioNamesCannotBecomeSpreadsheetFormulas(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("f.ldnpipe");
        Files.writeString(f, Files.readString(Path.of(CliTest.example("ldn-vs-standard.ldnpipe")))
                .replace("\"LDN 4.5 mg 22:00 (PET)\"", "\"=HYPERLINK(\\\"http://x\\\")\""));
        CliOutcome o = CliTest.cli("scan", f.toString(), "--param", "dosing.amount", "--values", "4.5", "--set",
                "dosing.count=2", "--out", dir.resolve("out").toString(), "--no-plots");
        assertEquals(0, o.code(), o.err());
        String csv = Files.readString(dir.resolve("out").resolve("scan.csv"));
        assertTrue(csv.contains("4.5,\"'=HYPERLINK(\"\"http://x\"\")\","), csv);
    }
}
