package org.ldnworkbench.core.internal.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes files so that a reader sees either the old or the new content, never a part. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to a temporary file beside {@code target}, forces it to disk and renames it over the
     * target. A process killed meanwhile leaves the target as it was and, at worst, a hidden
     * {@code .NAME.*.tmp} file beside it.
     *
     * @throws IOException when writing or renaming fails, its message {@code cannot write TARGET: REASON}; the target
     *         is then unchanged
     */
    public static void write(Path target, byte[] content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            move(tmp, abs);
            syncDirectory(dir);
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Renames {@code from} over {@code to}, atomically where the file system allows. */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The reason of an I/O failure in words, without the path: Java puts the path into the message of some
     * exceptions ({@code /a/b: Permission denied}), only the path into others ({@link NoSuchFileException}) and no
     * path at all into the errors of a write ({@code No space left on device}); messages that name their own path
     * use this and add the path the user knows.
     *
     * @param e any I/O failure
     * @return e.g. {@code No space left on device}, {@code permission denied}, {@code no such file or folder}
     */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException) {
            FileSystemException f = (FileSystemException) e;
            if (f.getReason() != null && !f.getReason().isBlank()) {
                return f.getReason();
            }
            if (e instanceof NoSuchFileException) {
                return "no such file or folder";
            }
            if (e instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (e instanceof FileAlreadyExistsException) {
                return "already exists";
            }
            if (e instanceof NotDirectoryException) {
                return "not a folder";
            }
            if (e instanceof DirectoryNotEmptyException) {
                return "folder not empty";
            }
            if (e instanceof NotLinkException) {
                return "not a symbolic link";
            }
            if (e instanceof FileSystemLoopException) {
                return "symbolic link loop";
            }
            return e.getClass().getSimpleName();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // the first failure is the one to report; a hidden .tmp file stays behind
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform can sync a directory; the rename itself is atomic
        }
    }
}
