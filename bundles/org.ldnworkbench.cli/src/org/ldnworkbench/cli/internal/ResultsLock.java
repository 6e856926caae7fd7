package org.ldnworkbench.cli.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.ldnworkbench.core.pipeline.IoReasons;


/**
 * The lock of one results place: the file {@code PARENT/.NAME.ldnwb-lock}, locked with an operating-system file
 * lock for as long as a run writes, recovers or replaces {@code PARENT/NAME}. The operating system releases the lock
 * when the process ends in any way (kill -9 included), so a stale lock cannot exist; the file itself is never
 * deleted (deleting a locked file would let a third run lock a new file of the same name while the second still
 * holds the old one). The holder writes its process id into the file for the message of a refused run.
 */
final class ResultsLock implements AutoCloseable {
    /** The suffix of the lock file's name: {@code .NAME}{@value}. */
    static final String SUFFIX = ".ldnwb-lock";

    private final FileChannel channel;
    private final FileLock lock;

    private ResultsLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @return the lock file of the results folder {@code folder} */
    static Path fileOf(Path folder) {
        return folder.resolveSibling("." + folder.getFileName() + SUFFIX);
    }

    /**
     * Takes the lock at once or refuses.
     *
     * @param folder the results folder (absolute, normalized)
     * @param shown the folder as the user named it, for messages
     * @throws IOException naming the folder when another run holds the lock (with its process id when known) or
     *         the lock file cannot be created
     */
    static ResultsLock take(Path folder, String shown) throws IOException {
        Path file = fileOf(folder);
        FileChannel ch;
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(file,
                    java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                // a named pipe, device, folder or link planted there: never opened (a FIFO fails later with
                // "Illegal seek", a link would be followed by other tools)
                throw new ResultsException("cannot write results to " + shown + ": its lock file "
                        + ResultsDirectory.show(file) + " is " + (a.isSymbolicLink() ? "a symbolic link"
                                : a.isDirectory() ? "a folder" : "not a regular file")
                        + "; delete it (ldnwb makes it anew)");
            }
        } catch (NoSuchFileException e) {
            // made below
        } catch (ResultsException e) {
            throw e;
        } catch (IOException e) {
            throw new ResultsException("cannot write results to " + shown + ": cannot read its lock file "
                    + ResultsDirectory.show(file) + ": " + IoReasons.reason(e), e);
        }
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new ResultsException("cannot write results to " + shown + ": cannot create its lock file "
                    + ResultsDirectory.show(file) + ": " + IoReasons.reason(e), e);
        }
        try {
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                throw busy(shown, "another run in this process");
            }
            if (lock == null) {
                String pid = holder(ch);
                throw busy(shown, "another ldnwb run" + (pid.isEmpty() ? "" : " (process " + pid + ")"));
            }
            writePid(ch); // on failure, closing the channel below releases the lock
            return new ResultsLock(ch, lock);
        } catch (ResultsException e) {
            closeQuietly(ch);
            throw e;
        } catch (IOException e) {
            // a full disk, a file that cannot be locked or written: the path and the reason, never the reason alone
            closeQuietly(ch);
            throw new ResultsException("cannot write results to " + shown + ": cannot write its lock file "
                    + ResultsDirectory.show(file) + ": " + IoReasons.reason(e), e);
        } catch (RuntimeException | Error e) {
            closeQuietly(ch);
            throw e;
        }
    }

    private static ResultsException busy(String shown, String who) {
        return new ResultsException(shown + " is being written by " + who + "; wait until it has finished or "
                + "choose another folder with --out");
    }

    /** @return the process id the holder wrote, or empty when it has not written it yet */
    private static String holder(FileChannel ch) {
        try {
            ByteBuffer b = ByteBuffer.allocate(64);
            ch.read(b, 0);
            String text = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).trim();
            return text.startsWith("pid ") && text.substring(4).chars().allMatch(Character::isDigit)
                    ? text.substring(4)
                    : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void writePid(FileChannel ch) throws IOException {
        ch.truncate(0);
        String text = "pid " + ProcessHandle.current().pid() + "\n";
        ByteBuffer b = ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
        while (b.hasRemaining()) {
            ch.write(b, b.position());
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // the lock dies with the channel or the process; nothing to keep
        }
    }
}
