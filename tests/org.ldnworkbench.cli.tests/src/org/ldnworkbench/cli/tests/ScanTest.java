package org.ldnworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.cli.tests.CliTest.Outcome;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.MetricSpec;
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
        Outcome scan = CliTest.cli("scan", CliTest.example("dose-scan.ldnpipe"), "--param", "dosing.amount",
                "--values", "4.5,50", "--set", "dosing.count=10", "--out", scanDir.toString(), "--no-plots");
        assertEquals(0, scan.code(), scan.err());
        List<String> csv = Files.readAllLines(scanDir.resolve("scan.csv"));
        String[] header = csv.get(0).split(",");
        for (int row = 1; row <= 2; row++) {
            String[] cells = csv.get(row).split(",");
            Path runDir = dir.resolve("run" + row);
            Outcome run = CliTest.cli("run", CliTest.example("dose-scan.ldnpipe"), "--set", "dosing.count=10",
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
        Outcome tooMany = CliTest.cli("scan", CliTest.example("dose-scan.ldnpipe"), "--param", "dosing.amount",
                "--values", many, "--out", dir.toString());
        assertEquals(2, tooMany.code());
        assertTrue(tooMany.err().contains("at most 10000 values"), tooMany.err());
        Outcome fractional = CliTest.cli("scan", CliTest.example("dose-scan.ldnpipe"), "--param", "dosing.amount",
                "--range", "1:10:2.5", "--out", dir.toString());
        assertEquals(2, fractional.code());
        assertTrue(fractional.err().contains("whole number"), fractional.err());
        Outcome huge = CliTest.cli("scan", CliTest.example("dose-scan.ldnpipe"), "--param", "dosing.amount",
                "--range", "1:10:1e300", "--out", dir.toString());
        assertEquals(2, huge.code());
        assertTrue(huge.err().contains("from 2 to 10000"), huge.err());
        Outcome outOfRange = CliTest.cli("scan", CliTest.example("dose-scan.ldnpipe"), "--param", "dosing.amount",
                "--values", "1,2,5000", "--out", dir.toString());
        assertEquals(1, outOfRange.code());
        assertTrue(outOfRange.err().contains("amount = 5000"), outOfRange.err());
    }
}
