package org.ldnworkbench.ui.internal.runs;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.pipeline.IoReasons;
import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.results.SummaryJson;
import org.ldnworkbench.core.results.TimeseriesCsv;

/**
 * Writes a run into a new folder of its pipeline's runs, all or nothing: every file goes into a hidden staging
 * folder beside it ({@code .NAME.ldnwb-staging-ID}), which is renamed to the run's name in one atomic step once
 * complete. A workbench killed while writing leaves only the hidden staging folder, which the next run of the same
 * pipeline deletes, never a folder that looks like a complete run. Names are checked to stay inside the staging
 * folder (scenario ids are ids by the pipeline's rules, and checked again here).
 */
public final class RunFolderWriter {
    /** Infix of staging folders' names, as the command line's. */
    static final String STAGING_INFIX = ".ldnwb-staging-";
    /** Folders being written by this workbench: neither taken by another run nor deleted as stale. */
    private static final Set<Path> ACTIVE = new HashSet<>();

    /**
     * What a run folder holds.
     *
     * @param asRun the pipeline exactly as it was run
     * @param source the pipeline file, as summary.json names it
     * @param summaries one per scenario, each with its stored (possibly partial) result
     * @param run the run's data (for the plots)
     * @param started when the run started
     */
    public record Contents(Pipeline asRun, String source, List<RunSummary> summaries, RunData run, Instant started) {
    }

    private RunFolderWriter() {
    }

    /**
     * @param runs the folder of the pipeline's runs ({@link RunFolders#runsOf}), created when missing
     * @param contents what to write
     * @return the run folder, complete
     * @throws IOException when a file cannot be written; the message names the run folder and the file. Nothing is
     *         left behind then.
     */
    public static Path write(Path runs, Contents contents) throws IOException {
        try {
            Files.createDirectories(runs);
        } catch (IOException e) {
            throw new IOException("cannot create the results folder " + runs + ": " + IoReasons.reason(e), e);
        }
        LocalDateTime local = LocalDateTime.ofInstant(contents.started(), ZoneId.systemDefault());
        Path target = reserve(runs, RunFolders.baseName(local));
        Path staging = runs.resolve("." + target.getFileName() + STAGING_INFIX + UUID.randomUUID());
        try {
            synchronized (ACTIVE) {
                ACTIVE.add(staging);
            }
            deleteStale(runs);
            Files.createDirectory(staging);
            writeFiles(staging, target, contents);
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

    /**
     * @return {@code runs/base}, or {@code runs/base-N} for the smallest N from 2 that neither exists nor is being
     *         written: two runs started in the same second get folders of their own
     */
    static Path reserve(Path runs, String base) {
        synchronized (ACTIVE) {
            for (int n = 1;; n++) {
                Path p = runs.resolve(n == 1 ? base : base + "-" + n);
                if (!ACTIVE.contains(p) && !Files.exists(p)) {
                    ACTIVE.add(p);
                    return p;
                }
            }
        }
    }

    private static void writeFiles(Path staging, Path target, Contents c) throws IOException {
        List<RunSummary> summaries = c.summaries();
        boolean single = summaries.size() == 1;
        for (RunSummary s : summaries) {
            String id = s.pipeline().scenarioId();
            if (!id.isEmpty() && Names.scenarioIdProblem(id) != null) {
                throw new IOException("cannot write the run into " + target + ": scenario id " + Names.quote(id)
                        + " " + Names.scenarioIdProblem(id));
            }
            String name = RunFolders.timeseries(id, single);
            write(staging, target, name, out -> {
                try (BufferedWriter w = new BufferedWriter(
                        new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                    TimeseriesCsv.write(s.result(), w);
                }
            });
        }
        byte[] summary = SummaryJson.toJson(c.asRun().name(), c.source(), summaries, extra(c))
                .getBytes(StandardCharsets.UTF_8);
        write(staging, target, RunFolders.SUMMARY, out -> out.write(summary));
        byte[] pipeline = PipelineFiles.toText(c.asRun()).getBytes(StandardCharsets.UTF_8);
        write(staging, target, RunFolders.PIPELINE, out -> out.write(pipeline));
        byte[] versions = RunVersions.json(c.asRun()).getBytes(StandardCharsets.UTF_8);
        write(staging, target, RunFolders.VERSIONS, out -> out.write(versions));
        RunData run = c.run();
        for (int o = 0; o < run.outputs().size(); o++) {
            byte[] png = RunPlots.png(run, o, RunPlots.span(c.asRun()));
            write(staging, target, RunFolders.PLOTS + "/" + run.outputs().get(o).name() + ".png",
                    out -> out.write(png));
        }
    }

    /** The top-level fields summary.json gains: the engine (as the command line writes it) and the start time. */
    private static Map<String, String> extra(Contents c) {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("engine", RunVersions.engineLabel());
        extra.put("started", c.started().toString());
        return extra;
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void write(Path staging, Path target, String relative, Content content) throws IOException {
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IOException("cannot write " + relative + " into " + target + ": the name leaves the run folder");
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

    /** Deletes staging folders that no run of this workbench writes: left by a workbench that was killed. */
    private static void deleteStale(Path runs) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(runs, ".*" + STAGING_INFIX + "*")) {
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
            // a staging folder left now is hidden, and deleted by the next run of the pipeline
        }
    }
}
