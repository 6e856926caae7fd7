package org.ldnworkbench.cli.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real file operations, counted, with injected failures: the K-th operation fails with an I/O error (the
 * operations after it work again), or the process "dies" at the K-th operation (it and every later one fail, as
 * nothing reaches the disk after a kill), or writes to one file fail after some bytes with "No space left on
 * device".
 */
final class FaultyFiles implements FileOperations {
    private final int failAt;
    private final boolean dies;
    private String diskFullFile;
    private long diskFullAfter;
    private int count;
    private final List<String> log = new ArrayList<>();

    private FaultyFiles(int failAt, boolean dies) {
        this.failAt = failAt;
        this.dies = dies;
    }

    /** @return operations that only count */
    static FaultyFiles counting() {
        return new FaultyFiles(0, false);
    }

    /** @return operations whose {@code k}-th (from 1) fails with an I/O error */
    static FaultyFiles failingAt(int k) {
        return new FaultyFiles(k, false);
    }

    /** @return operations that stop working from the {@code k}-th on, as when the process is killed there */
    static FaultyFiles dyingAt(int k) {
        return new FaultyFiles(k, true);
    }

    /** Makes writes to files whose path ends with {@code suffix} fail after {@code bytes} bytes: a full disk. */
    FaultyFiles diskFullWhileWriting(String suffix, long bytes) {
        this.diskFullFile = suffix;
        this.diskFullAfter = bytes;
        return this;
    }

    int count() {
        return count;
    }

    List<String> log() {
        return log;
    }

    private void step(String what, Path p) throws IOException {
        count++;
        log.add(count + " " + what + " " + p.getFileName());
        if (failAt > 0 && (count == failAt || dies && count > failAt)) {
            throw new IOException("injected failure of step " + count + " (" + what + ")");
        }
    }

    @Override
    public void createDirectory(Path dir) throws IOException {
        step("mkdir", dir);
        REAL.createDirectory(dir);
    }

    @Override
    public OutputStream createFile(Path file) throws IOException {
        step("create", file);
        OutputStream out = REAL.createFile(file);
        if (diskFullFile == null || !file.toString().replace('\\', '/').endsWith(diskFullFile)) {
            return out;
        }
        return new FilterOutputStream(out) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] { (byte) b }, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (written + len > diskFullAfter) {
                    throw new IOException("No space left on device");
                }
                written += len;
                out.write(b, off, len);
            }
        };
    }

    @Override
    public void sync(Path path) throws IOException {
        step("sync", path);
        REAL.sync(path);
    }

    @Override
    public void rename(Path from, Path to) throws IOException {
        step("rename", from);
        REAL.rename(from, to);
    }

    @Override
    public void delete(Path path) throws IOException {
        step("delete", path);
        REAL.delete(path);
    }
}
