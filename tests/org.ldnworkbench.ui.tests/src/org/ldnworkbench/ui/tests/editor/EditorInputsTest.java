package org.ldnworkbench.ui.tests.editor;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.ui.internal.editor.EditorInputs;

/**
 * Reading a pipeline file for an editor or a check never blocks on a special file: a named pipe called
 * {@code x.ldnpipe} is refused at once with its path named (reading it would wait for a writer for ever, on the UI
 * thread for an editor).
 */
class EditorInputsTest {
    @Test
    void aNamedPipeIsRefusedAtOnceNamingIt(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("x.ldnpipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo is not available");

        IOException e = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(IOException.class, () -> EditorInputs.read(fifo)));

        assertTrue(e.getMessage().contains(fifo.toString()) && e.getMessage().contains("not a regular file"),
                "the message does not name the pipe: " + e.getMessage());
    }

    @Test
    void aPipelineFileIsReadAsItIs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.ldnpipe");
        Files.writeString(file, "{ \"format\": \"ldn-pipeline/1\" }\n");

        Assertions.assertEquals("{ \"format\": \"ldn-pipeline/1\" }\n", EditorInputs.read(file));
    }
}
