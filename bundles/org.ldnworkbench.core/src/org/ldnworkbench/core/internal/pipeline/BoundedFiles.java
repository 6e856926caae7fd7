package org.ldnworkbench.core.internal.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a small file whole, the safe way for a path a user (or a script, or a file manager) hands over:
 * <ul>
 * <li>only regular files are opened. A FIFO is not even opened, as opening it waits for a writer that may never
 * come; a device such as {@code /dev/zero} or {@code /dev/urandom} never ends; a folder or a socket holds no text;
 * </li>
 * <li>the size the file system reports is checked before reading, but not trusted: {@code /proc} files report 0 and
 * hold more, and a file may grow while it is read. The read itself stops one byte after the limit, so memory is
 * bounded whatever the file claims.</li>
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
        int readLimit = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(readLimit);
        }
        if (bytes.length > maxBytes) {
            throw new RefusedFile("the file holds more than " + maxBytes + " bytes (more than its size said when it "
                    + "was opened); the limit is " + maxBytes + " bytes");
        }
        return bytes;
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
