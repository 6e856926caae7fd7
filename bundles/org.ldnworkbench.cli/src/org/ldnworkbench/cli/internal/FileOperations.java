package org.ldnworkbench.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Every operation by which {@link ResultsDirectory} changes the file system. A seam, so that tests can make any one
 * step fail (an I/O error, a full disk) or stop everything from some step on (a killed process) and check that the
 * results folder is then still whole; the product uses {@link #REAL}.
 */
interface FileOperations {
    /** Creates one folder; fails when anything exists under that name. */
    void createDirectory(Path dir) throws IOException;

    /**
     * Creates a new file for writing; fails when anything exists under that name, a symbolic link included (the
     * link is never followed).
     */
    OutputStream createFile(Path file) throws IOException;

    /** Forces a file's or a folder's content and metadata to the disk (fsync). */
    void sync(Path path) throws IOException;

    /** Renames atomically within one folder or between sibling folders; never copies. */
    void rename(Path from, Path to) throws IOException;

    /** Deletes one file, symbolic link (not its target) or empty folder. */
    void delete(Path path) throws IOException;

    /** The file system itself. */
    FileOperations REAL = new FileOperations() {
        @Override
        public void createDirectory(Path dir) throws IOException {
            Files.createDirectory(dir);
        }

        @Override
        public OutputStream createFile(Path file) throws IOException {
            return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        }

        @Override
        public void sync(Path path) throws IOException {
            try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                ch.force(true);
            } catch (UnsupportedOperationException e) {
                // a platform that cannot sync this kind of file; the atomic renames still hold
            }
        }

        @Override
        public void rename(Path from, Path to) throws IOException {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        }

        @Override
        public void delete(Path path) throws IOException {
            Files.delete(path);
        }
    };
}
