package org.ldnworkbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.registry.MechanismRegistry;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code ldnwb run} and {@code scan} with a plugin whose call never returns ({@code --mechanism-timeout 0.5}): the
 * command ends (it does not hang) with exit 1 and one line naming node, mechanism and bundle, writes what was
 * computed before marked incomplete, and the mechanism is quarantined: the same pipeline is then refused, while
 * {@code list} and other pipelines keep working. Each test uses a registry of its own, so that the quarantine stays
 * in it. The JUnit timeout is a safety net against a hang, not a measure of speed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StuckMechanismCliTest {
    private static final String ID = "test.cli.neverReturns";
    private static final String BUNDLE = "org.ldnworkbench.cli.tests";
    private final MechanismRegistry registry = new MechanismRegistry(RegistryFactory.getRegistry());

    @TempDir
    Path dir;

    @BeforeEach
    void hold() {
        NeverReturningMechanism.release = false;
    }

    @AfterEach
    void release() {
        NeverReturningMechanism.release = true;
    }

    private Path stuckPipeline() throws Exception {
        return Files.writeString(dir.resolve("stuck.ldnpipe"), "{\"format\":\"ldn-pipeline/1\",\"name\":\"stuck\","
                + "\"simulation\":{\"start\":0,\"end\":10,\"step\":0.5},\"nodes\":[{\"id\":\"stuck\",\"mechanism\":\""
                + ID + "\",\"parameters\":{\"at\":3}}]}");
    }

    @Test
    void runEndsNamingThePluginAndTheRestKeepsWorking() throws Exception {
        Path file = stuckPipeline();
        Path out = dir.resolve("r");
        CliOutcome run = CliOutcome.run(registry, "run", file.toString(), "--out", out.toString(), "--no-plots",
                "--mechanism-timeout", "0.5");
        assertEquals(1, run.code(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: node 'stuck': mechanism " + ID + " did not return from computing "
                + "its outputs at t = 3.00000 h within 0.5 s;"), run.err());
        assertTrue(run.err().contains("(mechanism " + ID + " from " + BUNDLE + ")")
                && run.err().contains("marked incomplete in summary.json"), run.err());
        JsonObject summary = JsonParser.parseString(Files.readString(out.resolve("summary.json"))).getAsJsonObject();
        assertFalse(summary.getAsJsonArray("scenarios").get(0).getAsJsonObject().get("complete").getAsBoolean());
        assertEquals(7, Files.readAllLines(out.resolve("timeseries.csv")).size(), "header and 0, 0.5, ... 2.5 h");
        assertEquals(Simulator.DEFAULT_MECHANISM_TIMEOUT, Simulator.mechanismTimeout(),
                "the command puts the engine's own timeout back");

        CliOutcome again = CliOutcome.run(registry, "run", file.toString(), "--out", dir.resolve("r2").toString(),
                "--no-plots");
        assertEquals(1, again.code(), again.err());
        assertTrue(again.err().contains("mechanism " + ID + " from " + BUNDLE + " is quarantined: a call computing "
                + "its outputs did not return within 0.5 s"), again.err());

        CliOutcome list = CliOutcome.run(registry, "list");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("org.ldnworkbench.pk.naltrexone"), list.out());
        assertTrue(list.err().contains("warning: mechanism " + ID + " from " + BUNDLE + " is quarantined"),
                list.err());

        CliOutcome other = CliOutcome.run(registry, "run", ResultsDirectoryTest.FILE, "--out",
                dir.resolve("other").toString(), "--no-plots");
        assertEquals(0, other.code(), other.err());
    }

    @Test
    void scanEndsNamingThePlugin() throws Exception {
        CliOutcome scan = CliOutcome.run(registry, "scan", stuckPipeline().toString(), "--param", "stuck.at",
                "--values", "3", "--out", dir.resolve("s").toString(), "--no-plots", "--mechanism-timeout", "0.5");
        assertEquals(1, scan.code(), scan.err());
        assertEquals(1, scan.err().lines().count(), scan.err());
        assertTrue(scan.err().contains("mechanism " + ID + " did not return from computing its outputs")
                && scan.err().contains("(mechanism " + ID + " from " + BUNDLE + ")"), scan.err());
        assertTrue(registry.quarantineReason(ID) != null);
    }

    /**
     * A plugin stuck in {@code bind}: {@code run} and {@code validate} end after the timeout with the problem of its
     * node (the command line's timeout holds for compiling too), and the mechanism is quarantined.
     */
    @Test
    void aPluginStuckInBindIsAProblemOfItsNode() throws Exception {
        String id = "test.cli.neverBinds";
        Path file = Files.writeString(dir.resolve("binds.ldnpipe"), "{\"format\":\"ldn-pipeline/1\",\"name\":\"b\","
                + "\"simulation\":{\"start\":0,\"end\":10,\"step\":0.5},\"nodes\":[{\"id\":\"stuck\",\"mechanism\":\""
                + id + "\"}]}");
        CliOutcome run = CliOutcome.run(registry, "run", file.toString(), "--out", dir.resolve("b").toString(),
                "--no-plots", "--mechanism-timeout", "0.5");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("node 'stuck', mechanism: mechanism " + id + " from " + BUNDLE
                + " did not return from creating and binding it within 0.5 s; its thread is left and the mechanism "
                + "quarantined"), run.err());
        assertFalse(Files.exists(dir.resolve("b").resolve("summary.json")), "nothing ran");
        CliOutcome validate = CliOutcome.run(registry, "validate", file.toString());
        assertEquals(1, validate.code(), validate.err());
        assertTrue(validate.err().contains("mechanism " + id + " from " + BUNDLE + " is quarantined: a call creating "
                + "and binding it did not return within 0.5 s (node 'stuck')"), validate.err());
    }

    @Test
    void theTimeoutIsAPlainNumberOfSecondsFromZero() {
        for (String wrong : new String[] { "-1", "soon", "1e7", "Infinity" }) {
            CliOutcome o = CliOutcome.run(registry, "run", ResultsDirectoryTest.FILE, "--mechanism-timeout", wrong);
            assertEquals(2, o.code(), wrong + ": " + o.err());
            assertTrue(o.err().contains("--mechanism-timeout"), o.err());
        }
    }
}
