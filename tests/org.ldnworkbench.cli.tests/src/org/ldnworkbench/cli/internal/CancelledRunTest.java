package org.ldnworkbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.core.mechanism.Mechanism;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A run the user stops (Ctrl-C, {@link Cli#cancel()}) keeps what it computed: the samples up to the cancellation
 * are written, summary.json says {@code "complete": false} with reason {@code cancelled}, and the command exits
 * with 130 after one line saying where the partial results are.
 */
class CancelledRunTest {
    /** The real receptor model, pressing Ctrl-C (cancelling the command) once the simulated time passes 30 h. */
    static final class ReceptorCancellingAfter30h extends WrappedMechanism {
        private final Cli[] cli;

        ReceptorCancellingAfter30h(Mechanism inner, Cli[] cli) {
            super(inner);
            this.cli = cli;
        }

        @Override
        public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
            if (t > 30) {
                cli[0].cancel();
            }
            super.derivatives(t, x, u, p, dx);
        }
    }

    @Test
    void aCancelledRunWritesWhatItComputedMarkedIncompleteAndExitsWith130(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path results = dir.resolve("r");
        Cli[] holder = new Cli[1];
        holder[0] = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new InstalledMechanismsWith() {
                    @Override
                    Mechanism replace(String id, Mechanism real) {
                        return id.equals("org.ldnworkbench.receptor.mu") ? new ReceptorCancellingAfter30h(real, holder)
                                : real;
                    }
                });
        int code = holder[0].execute(new String[] { "run", ResultsDirectoryTest.FILE, "--out", results.toString(),
            "--no-plots" });
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(Failure.CANCELLED, code, stderr);
        assertEquals(1, stderr.lines().count(), stderr);
        assertTrue(stderr.startsWith("cancelled at t = ") && stderr.contains("the results up to then are in "
                + results) && stderr.contains("marked incomplete in summary.json"), stderr);
        JsonObject summary = JsonParser.parseString(Files.readString(results.resolve("summary.json")))
                .getAsJsonObject();
        double latest = 0; // the scenarios run in parallel: each stops wherever it was when the user cancelled
        for (var scenario : summary.getAsJsonArray("scenarios")) {
            JsonObject s = scenario.getAsJsonObject();
            assertFalse(s.get("complete").getAsBoolean());
            assertEquals("cancelled", s.get("failure").getAsString());
            double at = s.get("failureTime").getAsDouble();
            List<String> rows = Files.readAllLines(results.resolve(s.get("id").getAsString()).resolve(
                    "timeseries.csv"));
            double last = Double.parseDouble(rows.get(rows.size() - 1).split(",")[0]);
            assertTrue(at >= 0 && rows.size() >= 2 && last <= at, rows.size() + " rows, last at " + last + ", at " + at);
            latest = Math.max(latest, at);
        }
        // the table marks every scenario as partial and says where each stopped: its numbers are not the whole run's
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertEquals(summary.getAsJsonArray("scenarios").size(), stdout.lines().filter(l -> l.startsWith("(partial) ")
                && l.contains(" stopped at t = ") && l.endsWith("(cancelled): its values cover the run up to then only"))
                .count(), stdout);
        assertTrue(stdout.lines().anyMatch(l -> l.startsWith("metric") && l.contains("(partial)")), stdout);
        // the samples are complete up to the last step accepted before t = 30 h (steps of a few hours here)
        assertTrue(latest > 20 && latest <= 30, "the scenario that cancelled stopped at " + latest);
    }
}
