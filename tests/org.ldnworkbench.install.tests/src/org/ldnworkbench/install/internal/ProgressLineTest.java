package org.ldnworkbench.install.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.SubMonitor;
import org.junit.jupiter.api.Test;

/** The progress line: rewritten in place on a terminal, one plain line per change elsewhere. */
class ProgressLineTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void theLineHasPercentagePhaseAndDetail() {
        assertEquals("[ 42%] Installing x 1.0: Fetching x.jar", ProgressLine.format("Installing x 1.0",
                "Fetching x.jar", 42, 79));
        assertEquals("[    ] Reading 'r'", ProgressLine.format("Reading 'r'", "", -1, 79));
        assertEquals("[100%] a: b", ProgressLine.format("a", "b", 250, 79));
        String cut = ProgressLine.format("Installing", "Fetching " + "x".repeat(100), 7, 40);
        assertEquals(40, cut.length());
        assertEquals("[  7%] Installing: Fetching xxxxxxxxx...", cut);
    }

    @Test
    void plainLinesFollowPhasesAndDetailsWithoutRepeats() {
        ProgressLine line = new ProgressLine(err, false);
        SubMonitor progress = SubMonitor.convert(line, 10);
        line.phase("Reading 'r'");
        progress.split(5).subTask("Fetching content.jar");
        progress.worked(1);
        line.phase("Installing x 1.0");
        progress.split(4).subTask("Fetching x.jar");
        line.done();
        assertEquals("Reading 'r'\nReading 'r': Fetching content.jar\nInstalling x 1.0\n"
                + "Installing x 1.0: Fetching x.jar\n", text());
    }

    @Test
    void onATerminalOneLineIsRewrittenAndEndedWhenDone() {
        ProgressLine line = new ProgressLine(err, true);
        SubMonitor progress = SubMonitor.convert(line, 4);
        line.phase("Installing x 1.0");
        SubMonitor fetching = progress.split(2);
        fetching.subTask("Fetching x.jar");
        fetching.done();
        progress.split(2).done();
        line.done();
        assertEquals("\r[  0%] Installing x 1.0\r[  0%] Installing x 1.0: Fetching x.jar"
                + "\r[ 50%] Installing x 1.0: Fetching x.jar\r[100%] Installing x 1.0: Fetching x.jar\n", text());
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
