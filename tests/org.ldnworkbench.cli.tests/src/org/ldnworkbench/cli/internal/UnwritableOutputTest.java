package org.ldnworkbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Standard output that cannot be written (`ldnwb list > /dev/full`, a disk full behind {@code > table.txt}): the
 * command must not end with 0 as if its table were complete.
 */
class UnwritableOutputTest {
    /** Standard output on a full disk: every write fails. */
    private static final class FullDisk extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    }

    private static CliOutcome withFullDisk(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(new FullDisk(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
        return new CliOutcome(code, "", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCommandWhoseOutputCouldNotBeWrittenEndsWithOneAndSaysSo() {
        CliOutcome o = withFullDisk("list");
        assertEquals(1, o.code(), o.err());
        assertTrue(o.err().contains("standard output could not take everything printed"), o.err());
    }

    @Test
    void theUsageOnAFullDiskEndsWithOneToo() {
        assertEquals(1, withFullDisk("--help").code());
    }
}
