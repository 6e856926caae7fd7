package org.ldnworkbench.ui.internal.recovery;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.ui.internal.editor.Messages;

/**
 * Writes a text so that a reader, or the next start after a crash, sees either the old file or the new one, never a
 * part: a hidden temporary file beside the target, forced to disk, renamed over it. The editor needs this for texts
 * that are not pipelines (a Source page's broken text is saved as it is; recovery snapshots), which the core's
 * {@code PipelineFiles.write} does not take.
 */
public final class AtomicText {
    private AtomicText() {
    }

    /**
     * @param target the file to write; its folder is created when missing
     * @param text written as UTF-8
     * @throws IOException naming the target and the reason; the target is then unchanged
     */
    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param target the file to write; its folder is created when missing
     * @param content the bytes
     * @throws IOException naming the target and the reason; the target is then unchanged
     */
    public static void write(Path target, byte[] content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            keepPermissions(abs, tmp);
            move(tmp, abs);
            tmp = null;
        } catch (IOException e) {
            throw new IOException(NLS.bind(Messages.Write_failed, abs, reason(e)), e);
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * A temporary file is created readable by its owner only; the file it replaces keeps its permissions, and a new
     * file gets {@code rw-r--r--} like one the user saves with any other program.
     */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, permissions);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the file system's defaults apply
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(IOException e) {
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + " " + e.getMessage();
    }
}
