package org.ldnworkbench.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.ldnworkbench.core.internal.pipeline.AtomicFiles;

/**
 * Writes a run's results into a hidden staging folder inside the output folder and moves them into place only when
 * everything was written: a failed or cancelled run never leaves half-written results and never destroys earlier
 * ones. Files of the output folder that this run does not produce are left alone.
 */
final class ResultsDirectory implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private boolean committed;

    ResultsDirectory(Path target) throws IOException {
        this.target = target.toAbsolutePath().normalize();
        if (Files.exists(this.target) && !Files.isDirectory(this.target)) {
            throw new IOException(this.target + " exists and is not a folder");
        }
        Files.createDirectories(this.target);
        this.staging = Files.createTempDirectory(this.target, ".ldnwb-staging-");
    }

    /** @return where to write a result file, relative name such as {@code a/timeseries.csv} */
    Path file(String relative) throws IOException {
        Path p = staging.resolve(relative);
        Files.createDirectories(p.getParent());
        return p;
    }

    Path target() {
        return target;
    }

    /** Moves every staged file over its final place, each rename atomic. */
    void commit() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(staging)) {
            s.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path f : files) {
            Path dest = target.resolve(staging.relativize(f).toString());
            Files.createDirectories(dest.getParent());
            AtomicFiles.move(f, dest);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (Files.exists(staging)) {
            try (Stream<Path> s = Files.walk(staging)) {
                for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    boolean isCommitted() {
        return committed;
    }
}
