package org.ldnworkbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.core.internal.pipeline.AtomicFiles;

/** Failures of {@link AtomicFiles} (saving a pipeline) name the file the caller gave and the reason. */
class AtomicFilesTest {

    @Test
    void theReasonOfAFailureIsWordsWithoutThePath() {
        assertEquals("No space left on device", AtomicFiles.reason(new IOException("No space left on device")));
        assertEquals("no such file or folder", AtomicFiles.reason(new NoSuchFileException("/a/b")));
        assertEquals("permission denied", AtomicFiles.reason(new AccessDeniedException("/a/b")));
        assertEquals("Read-only file system", AtomicFiles.reason(new FileSystemException("/a", null,
                "Read-only file system")));
        assertEquals("IOException", AtomicFiles.reason(new IOException()));
    }

    @Test
    void aFailedSaveNamesTheTargetAndTheReasonAndLeavesNoTemporaryFile(@TempDir Path tmp) throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("file"), "x");
        Path target = notAFolder.resolve("p.ldnpipe");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, new byte[] { 1 }));
        assertEquals("cannot write " + target + ": " + AtomicFiles.reason((IOException) e.getCause()),
                e.getMessage());
        Path dir = Files.createDirectory(tmp.resolve("dir"));
        Path occupied = Files.createDirectory(dir.resolve("p.ldnpipe"));
        e = assertThrows(IOException.class, () -> AtomicFiles.write(occupied, new byte[] { 1 }));
        assertEquals(true, e.getMessage().startsWith("cannot write " + occupied + ": "), e.getMessage());
        Trees.assertNames(dir, "p.ldnpipe");
    }
}
