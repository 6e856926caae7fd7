package org.ldnworkbench.ui.internal.runs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.ldnworkbench.core.pipeline.IoReasons;

/**
 * Writes a new results folder (a run's, a scan's) all or nothing: every file goes into a hidden staging folder beside
 * it ({@code .NAME.ldnwb-staging-ID}), which is renamed to the folder's name in one atomic step once complete. A
 * workbench killed while writing leaves only the hidden staging folder, which the next folder written beside it
 * deletes, never a folder that looks complete. Names are checked to stay inside the folder.
 */
public final class StagedFolder {
    /** Infix of staging folders' names, as the command line's. */
    static final String STAGING_INFIX = ".ldnwb-staging-";
    /** Folders being written by this workbench: neither taken by another writer nor deleted as stale. */
    private static final Set<Path> ACTIVE = new HashSet<>();

    /** What a folder's files are written by. */
    public interface Body {
        void writeInto(StagedFolder folder) throws IOException;
    }

    /** One file's content. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path staging;
    private final Path target;

    private StagedFolder(Path staging, Path target) {
        this.staging = staging;
        this.target = target;
    }

    /**
     * @param parent the folder it goes into, created when missing
     * @param base its name, or {@code base-N} for the smallest N from 2 that is free (two written in one second)
     * @param body writes the files
     * @return the folder, complete
     * @throws IOException when a file cannot be written; the message names the folder and the file. Nothing is left
     *         behind then.
     */
    public static Path write(Path parent, String base, Body body) throws IOException {
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new IOException("cannot create the results folder " + parent + ": " + IoReasons.reason(e), e);
        }
        Path target = reserve(parent, base);
        Path staging = parent.resolve("." + target.getFileName() + STAGING_INFIX + UUID.randomUUID());
        try {
            synchronized (ACTIVE) {
                ACTIVE.add(staging);
            }
            deleteStale(parent);
            Files.createDirectory(staging);
            body.writeInto(new StagedFolder(staging, target));
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            deleteTree(staging);
            throw e;
        } finally {
            synchronized (ACTIVE) {
                ACTIVE.remove(staging);
                ACTIVE.remove(target);
            }
        }
    }

    /** @return the folder's final place (for messages) */
    public Path target() {
        return target;
    }

    /**
     * Writes one file of the folder.
     *
     * @param relative its path in the folder ({@code /}-separated); it must stay inside
     * @throws IOException naming the file's final path and the reason
     */
    public void write(String relative, Content content) throws IOException {
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IOException("cannot write " + relative + " into " + target + ": the name leaves the folder");
        }
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                content.writeTo(out);
            }
        } catch (IOException e) {
            throw new IOException("cannot write " + target.resolve(relative) + ": " + IoReasons.reason(e), e);
        }
    }

    /**
     * @return {@code parent/base}, or {@code parent/base-N} for the smallest N from 2 that neither exists nor is being
     *         written
     */
    static Path reserve(Path parent, String base) {
        synchronized (ACTIVE) {
            for (int n = 1;; n++) {
                Path p = parent.resolve(n == 1 ? base : base + "-" + n);
                if (!ACTIVE.contains(p) && !Files.exists(p)) {
                    ACTIVE.add(p);
                    return p;
                }
            }
        }
    }

    /** Deletes staging folders that no writer of this workbench uses: left by a workbench that was killed. */
    private static void deleteStale(Path parent) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, ".*" + STAGING_INFIX + "*")) {
            for (Path p : entries) {
                boolean active;
                synchronized (ACTIVE) {
                    active = ACTIVE.contains(p);
                }
                if (!active) {
                    deleteTree(p);
                }
            }
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a staging folder left now is hidden, and deleted by the next folder written beside it
        }
    }
}
