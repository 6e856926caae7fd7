package org.ldnworkbench.bench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.cli.internal.Cli;

/** {@code ldnwb bench} as this bundle contributes it: through the extension point, into the generated usage. */
class BenchCommandTest {
    record Outcome(int code, String out, String err) {
    }

    static Outcome cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Moved from the command line's tests with the command: whole-number options take only digits in range. */
    @Test
    void repeatTakesOnlyAWholeNumberInRange() {
        Outcome o = cli("bench", HandCodedAgreementTest.DEFAULT.toString(), "--repeat", "0x10");
        assertEquals(2, o.code());
        assertEquals("ldnwb bench: --repeat: expected a whole number from 1 to 100000, got '0x10' (ldnwb --help "
                + "shows the usage)\n", o.err());
    }

    @Test
    void theContributedVerbIsListedAndHasItsGeneratedUsage() {
        Outcome all = cli("--help");
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().contains("\n  ldnwb bench ...   (from org.ldnworkbench.bench; ldnwb bench --help shows "
                + "its options)\n      time simulations of a pipeline's first scenario"), all.out());
        assertEquals("", all.err());
        Outcome one = cli("bench", "--help");
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().startsWith("usage: ldnwb bench FILE [--repeat N] [--warmup N] [--hand-coded]\n"),
                one.out());
        for (String option : new String[] { "--repeat N ", "--warmup N ", "--hand-coded ", "--debug ", "--help " }) {
            assertTrue(one.out().contains("\n  " + option), option + " in " + one.out());
        }
    }
}
