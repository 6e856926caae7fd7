package org.ldnworkbench.core.internal.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.ldnworkbench.core.pipeline.IoReasons;
import org.ldnworkbench.core.pipeline.Names;

/** Writes files so that a reader sees either the old or the new content, never a part. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to a temporary file beside {@code target}, forces it to disk and renames it over the
     * target. A process killed meanwhile leaves the target as it was and, at worst, a hidden
     * {@code .NAME.*.tmp} file beside it. The file keeps the permissions of the one it replaces; a new file gets
     * {@code rw-r--r--}, as one saved by any other program (a temporary file is created readable by its owner only).
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
            keepPermissions(abs, tmp);
            move(tmp, abs);
            syncDirectory(dir);
        } catch (IOException e) {
            throw new IOException("cannot write " + Names.escape(target.toString()) + ": " + IoReasons.reason(e), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void keepPermissions(Path target, Path tmp) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, permissions);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its defaults apply
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
