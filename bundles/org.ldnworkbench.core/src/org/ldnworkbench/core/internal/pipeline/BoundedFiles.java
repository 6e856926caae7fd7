package org.ldnworkbench.core.internal.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.ldnworkbench.core.pipeline.IoReasons;

/**
 * Reads a small file whole, the safe way for a path a user (or a script, or a file manager) hands over:
 * <ul>
 * <li>only regular files are opened. A FIFO is not even opened, as opening it waits for a writer that may never
 * come; a device such as {@code /dev/zero} or {@code /dev/urandom} never ends; a folder or a socket holds no text;
 * </li>
 * <li>files of the kernel's interface file systems ({@code /proc}, {@code /sys}) are refused: they report size 0,
 * are generated as they are read, and some wait forever ({@code /proc/kmsg});</li>
 * <li>the size the file system reports is checked before reading, but not trusted: a file may grow while it is read.
 * The read itself stops one byte after the limit, so memory is bounded whatever the file claims.</li>
 * </ul>
 * The file type is checked before opening; a file swapped for a FIFO between that check and the opening (by someone
 * racing the user on their own files) would still block.
 */
public final class BoundedFiles {
    /** Mask and values of the file type in a POSIX mode ({@code st_mode}). */
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    /** File systems whose files are the kernel's interfaces, not stored data. */
    private static final java.util.Set<String> KERNEL_FILE_SYSTEMS = java.util.Set.of("proc", "sysfs", "debugfs",
            "tracefs", "securityfs", "configfs", "cgroup", "cgroup2", "efivarfs", "bpf", "pstore", "fusectl");

    /** A file refused by its kind or size, with the reason (without the path). */
    public static final class RefusedFile extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedFile(String reason) {
            super(reason);
        }
    }

    private BoundedFiles() {
    }

    /**
     * @param file a path, followed if it is a symbolic link
     * @param maxBytes the most bytes accepted
     * @return the file's bytes
     * @throws RefusedFile when it is no regular file or holds more than {@code maxBytes}
     * @throws IOException when it cannot be read (see {@link IoReasons})
     */
    public static byte[] read(Path file, long maxBytes) throws IOException, RefusedFile {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new RefusedFile(notARegularFile(file, attributes));
        }
        if (attributes.size() > maxBytes) {
            throw new RefusedFile("the file has " + attributes.size() + " bytes; the limit is " + maxBytes + " bytes");
        }
        String kernel = kernelFileSystem(file);
        if (kernel != null) {
            throw new RefusedFile("is a file of the kernel's " + kernel + " file system, not a pipeline file; it is "
                    + "not read, as some of these files wait forever for data (/proc/kmsg)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readAtMost(in, maxBytes);
        }
    }

    /**
     * Reads a stream to its end, but never more than {@code maxBytes} + 1 bytes.
     *
     * @throws RefusedFile when the stream holds more than {@code maxBytes}
     */
    public static byte[] readAtMost(InputStream in, long maxBytes) throws IOException, RefusedFile {
        int readLimit = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16);
        byte[] bytes = in.readNBytes(readLimit);
        if (bytes.length > maxBytes) {
            throw new RefusedFile("the file holds more than " + maxBytes + " bytes (more than its size said when it "
                    + "was opened); the limit is " + maxBytes + " bytes");
        }
        return bytes;
    }

    /**
     * @return the type of the kernel interface file system (proc, sysfs...) holding the file, or null for an ordinary
     *         file system: their files report size 0, are generated as they are read, and some block
     */
    private static String kernelFileSystem(Path file) {
        try {
            String type = Files.getFileStore(file).type();
            return KERNEL_FILE_SYSTEMS.contains(type) ? type : null;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private static String notARegularFile(Path file, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "is a folder, not a file";
        }
        switch (posixFileType(file)) {
        case FIFO:
            return "is a named pipe (FIFO), not a file; it is not opened, as reading it could wait forever";
        case CHARACTER_DEVICE:
        case BLOCK_DEVICE:
            return "is a device, not a file; it is not read, as a device such as /dev/zero never ends";
        case SOCKET:
            return "is a socket, not a file";
        default:
            return "is not a regular file (a device, pipe or socket); it is not read";
        }
    }

    /** @return the file type bits of the POSIX mode, or -1 where the file system does not tell them */
    private static int posixFileType(Path file) {
        try {
            return ((Integer) Files.getAttribute(file, "unix:mode")) & TYPE_MASK;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return -1;
        }
    }
}
