package org.ldnworkbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.core.mechanism.Mechanism;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A run that stops early keeps what it computed: the samples up to the failure are written, summary.json says
 * {@code "complete": false} with the node, the time and the reason, and the command fails with one line saying
 * where the partial results are.
 */
class PartialResultsTest {
    /** The receptor model of the real registry, failing once the simulated time passes 30 h. */
    static final class ReceptorFailingAfter30h extends WrappedMechanism {
        ReceptorFailingAfter30h(Mechanism inner) {
            super(inner);
        }

        @Override
        public double output(int index, double t, double[] x, double[] u, double[] p) {
            if (t > 30) {
                throw new IllegalStateException("receptor fault at t > 30 h");
            }
            return super.output(index, t, x, u, p);
        }
    }

    /** The real mechanisms, with the receptor replaced by its failing wrapper. */
    static final class FaultyReceptorCatalog extends InstalledMechanismsWith {
        @Override
        Mechanism replace(String id, Mechanism real) {
            return id.equals("org.ldnworkbench.receptor.mu") ? new ReceptorFailingAfter30h(real) : real;
        }
    }

    @Test
    void aRunThatStopsEarlyWritesWhatItComputedMarkedIncompleteAndFails(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("r");
        CliOutcome run = CliOutcome.run(new FaultyReceptorCatalog(), "run", ResultsDirectoryTest.FILE, "--out",
                results.toString(), "--no-plots");
        String stderr = run.err();
        assertEquals(1, run.code(), stderr);
        assertEquals(1, stderr.lines().count(), stderr);
        assertTrue(stderr.contains("node 'receptor'") && stderr.contains("receptor fault")
                && stderr.contains("the results up to that time are in " + results)
                && stderr.contains("marked incomplete in summary.json"), stderr);
        JsonObject summary = JsonParser.parseString(Files.readString(results.resolve("summary.json")))
                .getAsJsonObject();
        for (var scenario : summary.getAsJsonArray("scenarios")) {
            JsonObject s = scenario.getAsJsonObject();
            assertFalse(s.get("complete").getAsBoolean());
            assertEquals("receptor", s.get("failureNode").getAsString());
            double at = s.get("failureTime").getAsDouble();
            assertTrue(at > 30 && at < 31, "failure time " + at);
            assertTrue(s.get("failure").getAsString().contains("receptor fault"));
            List<String> rows = Files.readAllLines(results.resolve(s.get("id").getAsString()).resolve(
                    "timeseries.csv"));
            double last = Double.parseDouble(rows.get(rows.size() - 1).split(",")[0]);
            assertTrue(rows.size() > 100 && last <= at, rows.size() + " rows, last at " + last);
        }
    }
}
