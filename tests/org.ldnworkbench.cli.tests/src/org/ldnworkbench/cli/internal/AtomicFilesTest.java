package org.ldnworkbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.core.internal.pipeline.AtomicFiles;
import org.ldnworkbench.core.pipeline.IoReasons;

/** Failures of {@link AtomicFiles} (saving a pipeline) name the file the caller gave and the reason. */
class AtomicFilesTest {

    @Test
    void aFailedSaveNamesTheTargetAndTheReasonAndLeavesNoTemporaryFile(@TempDir Path tmp) throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("file"), "x");
        Path target = notAFolder.resolve("p.ldnpipe");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, new byte[] { 1 }));
        assertEquals("cannot write " + target + ": " + IoReasons.reason((IOException) e.getCause()),
                e.getMessage());
        Path dir = Files.createDirectory(tmp.resolve("dir"));
        Path occupied = Files.createDirectory(dir.resolve("p.ldnpipe"));
        e = assertThrows(IOException.class, () -> AtomicFiles.write(occupied, new byte[] { 1 }));
        assertEquals(true, e.getMessage().startsWith("cannot write " + occupied + ": "), e.getMessage());
        Trees.assertNames(dir, "p.ldnpipe");
    }
}
