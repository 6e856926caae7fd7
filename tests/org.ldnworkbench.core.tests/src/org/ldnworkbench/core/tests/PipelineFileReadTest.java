package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.core.internal.pipeline.BoundedFiles;
import org.ldnworkbench.core.pipeline.IoReasons;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.PipelineFormatException;

/**
 * Reading a pipeline file from a path: only regular files are read, never a device, FIFO, folder or socket, and never
 * more than {@link PipelineFiles#MAX_FILE_SIZE} + 1 bytes whatever size the file claims. Every refusal names the path
 * and the reason. Linux, like the product: devices, FIFOs and /proc files are Linux's.
 */
class PipelineFileReadTest {
    private static String refusal(Path file) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(PipelineFormatException.class, () -> PipelineFiles.read(file)).getMessage(),
                "reading " + file + " must not hang");
    }

    @Test
    void aFifoIsRefusedWithoutOpeningIt(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.ldnpipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo");
        assertEquals(fifo + ": is a named pipe (FIFO), not a file; it is not opened, as reading it could wait "
                + "forever", refusal(fifo));
    }

    @Test
    void devicesAreRefusedWithoutReadingThem() {
        for (String device : new String[] { "/dev/zero", "/dev/urandom", "/dev/null" }) {
            Path p = Path.of(device);
            assertEquals(device + ": is a device, not a file; it is not read, as a device such as /dev/zero never ends",
                    refusal(p));
        }
    }

    @Test
    void aFolderIsRefused(@TempDir Path dir) {
        assertEquals(dir + ": is a folder, not a file", refusal(dir));
    }

    @Test
    void aSocketIsRefused(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("s.ldnpipe");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            assertEquals(socket + ": is a socket, not a file", refusal(socket));
        }
    }

    @Test
    void aMissingFileOrPathIsNamedWithTheReason(@TempDir Path dir) throws Exception {
        assertEquals("/proc/self/x: no such file", refusal(Path.of("/proc/self/x")));
        Path file = Files.writeString(dir.resolve("f.ldnpipe"), "{}");
        assertEquals(file + "/x.ldnpipe: cannot read: Not a directory", refusal(file.resolve("x.ldnpipe")));
    }

    /** /proc and /sys files report size 0, are generated as read, and some block forever (/proc/kmsg). */
    @Test
    void filesOfTheKernelsInterfaceFileSystemsAreRefusedUnread() {
        for (String f : List.of("/proc/self/status", "/proc/kmsg", "/sys/kernel/mm/transparent_hugepage/enabled")) {
            if (Files.exists(Path.of(f))) {
                String msg = refusal(Path.of(f));
                assertTrue(msg.startsWith(f + ": is a file of the kernel's ") && msg.contains("not read"), msg);
            }
        }
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.ldnpipe");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(PipelineFiles.MAX_FILE_SIZE + 1); // sparse: nothing is written
        }
        assertEquals(big + ": the file has 8388609 bytes; the limit is 8388608 bytes", refusal(big));
    }

    /** A file may hold more than its size said (it grows, or lies): the read itself stops one byte after the limit. */
    @Test
    void theReadIsBoundedWhateverSizeTheFileClaims() {
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        BoundedFiles.RefusedFile e = assertThrows(BoundedFiles.RefusedFile.class,
                () -> BoundedFiles.readAtMost(endless, 16));
        assertEquals("the file holds more than 16 bytes (more than its size said when it was opened); the limit is "
                + "16 bytes", e.getMessage());
    }

    @Test
    void ioExceptionsBecomePathAndReason() {
        assertEquals("a.ldnpipe: no such file", IoReasons.describe("a.ldnpipe", new NoSuchFileException("a.ldnpipe")));
        assertEquals("a.ldnpipe: cannot read: permission denied",
                IoReasons.describe("a.ldnpipe", new AccessDeniedException("a.ldnpipe")));
        assertEquals("a.ldnpipe: cannot read: Input/output error",
                IoReasons.describe("a.ldnpipe", new FileSystemException("a.ldnpipe", null, "Input/output error")));
        assertEquals("a.ldnpipe: cannot read: input/output error",
                IoReasons.describe("a.ldnpipe", new FileSystemException("a.ldnpipe")));
        assertEquals("a.ldnpipe: cannot read: disk on fire", IoReasons.describe("a.ldnpipe", new IOException("disk on fire")));
        assertEquals("a\\nb: cannot read: input/output error", IoReasons.describe("a\nb", new IOException()));
    }
}
