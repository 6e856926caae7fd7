package org.ldnworkbench.ui.internal.runs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.ui.internal.preferences.WorkbenchPreferences;

/**
 * Where a pipeline's runs are kept and how their folders are named and read: one folder per run,
 * {@code <project>/<results folder>/<pipeline stem>/<yyyy-MM-dd_HH-mm-ss>/} (the command line's
 * {@code results/STEM} convention, one level deeper so that runs are kept rather than replaced), holding what
 * {@code ldnwb run} writes: {@code timeseries.csv} (or {@code SCENARIO/timeseries.csv} per scenario),
 * {@code summary.json}, {@code pipeline.ldnpipe} (the pipeline as run), {@code plots/*.png}, and
 * {@code versions.json} (the engine and the mechanisms' bundles that computed it).
 */
public final class RunFolders {
    /** The per-scenario time series, in the run folder or in its scenario's sub-folder. */
    public static final String TIMESERIES = "timeseries.csv";
    /** The metrics of every scenario ({@link org.ldnworkbench.core.results.SummaryJson}). */
    public static final String SUMMARY = "summary.json";
    /** The pipeline exactly as it was run. */
    public static final String PIPELINE = "pipeline.ldnpipe";
    /** The engine's and the mechanisms' versions. */
    public static final String VERSIONS = "versions.json";
    /** The folder of the PNG plots, one per output. */
    public static final String PLOTS = "plots";
    /** The results folder of a pipeline file whose stem is no plain folder name (as the command line). */
    static final String DEFAULT_STEM = "pipeline";

    /** How a run folder is named: the local time the run started, to the second. */
    static final DateTimeFormatter NAME_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");
    /** How a run's start is shown in labels. */
    static final DateTimeFormatter LABEL_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private RunFolders() {
    }

    /**
     * @param folder the folder holding the pipeline file (its project, usually)
     * @param pipelineFileName e.g. {@code ldn-vs-standard.ldnpipe}
     * @return {@code folder/<results folder>/<stem>}, where the file's runs are kept
     */
    public static Path runsOf(Path folder, String pipelineFileName) {
        return folder.resolve(WorkbenchPreferences.resultsFolder()).resolve(stem(pipelineFileName));
    }

    /**
     * @return the file name without {@code .ldnpipe}, or {@value #DEFAULT_STEM} when that is no plain folder name
     *         (empty, hidden, with separators or control characters), so that a run folder never lands in a hidden
     *         folder or outside the results folder
     */
    public static String stem(String pipelineFileName) {
        String name = pipelineFileName;
        if (name.endsWith("." + PipelineFiles.EXTENSION)) {
            name = name.substring(0, name.length() - PipelineFiles.EXTENSION.length() - 1);
        }
        if (name.isBlank() || name.startsWith(".") || name.length() > 128) {
            return DEFAULT_STEM;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '/' || c == '\\' || c == ':') {
                return DEFAULT_STEM;
            }
        }
        return name;
    }

    /** @return the time series file of a scenario, relative to its run folder */
    public static String timeseries(String scenarioId, boolean single) {
        return single || scenarioId.isEmpty() ? TIMESERIES : scenarioId + "/" + TIMESERIES;
    }

    /** @return the folder name of a run started at {@code started}, without the suffix that makes it unique */
    public static String baseName(LocalDateTime started) {
        return NAME_FORMAT.format(started);
    }

    /**
     * @return when the run of {@code folderName} started, or null when the name is not a run folder's (a suffix
     *         {@code -N} that made it unique is ignored)
     */
    static LocalDateTime startOf(String folderName) {
        String base = folderName.length() > 19 ? folderName.substring(0, 19) : folderName;
        if (folderName.length() > 19 && !folderName.substring(19).matches("-[0-9]{1,4}")) {
            return null;
        }
        try {
            return LocalDateTime.parse(base, NAME_FORMAT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** @return the unique-making suffix of a run folder's name, 1 when it has none */
    static int sequenceOf(String folderName) {
        return folderName.length() > 20 ? Integer.parseInt(folderName.substring(20)) : 1;
    }

    /**
     * @return whether {@code folder} is a complete run folder: named as one, not hidden (a staging folder is), and
     *         holding its summary and pipeline
     */
    public static boolean isRunFolder(Path folder) {
        Path name = folder.getFileName();
        return name != null && startOf(name.toString()) != null && Files.isRegularFile(folder.resolve(SUMMARY))
                && Files.isRegularFile(folder.resolve(PIPELINE));
    }

    /**
     * @param runs the folder of one pipeline's runs ({@link #runsOf})
     * @return its run folders, newest first; empty when there are none
     * @throws IOException when the folder cannot be listed
     */
    public static List<Path> list(Path runs) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(runs)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(runs)) {
            for (Path p : entries) {
                if (isRunFolder(p)) {
                    found.add(p);
                }
            }
        }
        found.sort(NEWEST_FIRST);
        return found;
    }

    /** Newest first: by start time, then by the suffix of runs started in the same second. */
    static final Comparator<Path> NEWEST_FIRST = Comparator
            .comparing((Path p) -> startOf(p.getFileName().toString()))
            .thenComparingInt(p -> sequenceOf(p.getFileName().toString())).reversed();

    /**
     * Reads a run folder back as the run it holds.
     *
     * @param folder a run folder
     * @return the run, labelled by its pipeline file's stem and start time
     * @throws IOException when a file is missing or broken; the message names the file and, for a broken line of a
     *         time series, the line
     */
    public static RunData read(Path folder) throws IOException {
        return RunFolderReader.read(folder);
    }

    /**
     * @param stem the pipeline file's stem
     * @param folderName the run folder's name
     * @return e.g. {@code ldn-vs-standard 2026-12-01 17:05:12}, the label of the run in legends and lists, with
     *         {@code #2} for the second run started in the same second
     */
    public static String label(String stem, String folderName) {
        LocalDateTime started = startOf(folderName);
        String when = started == null ? folderName : LABEL_FORMAT.format(started);
        int sequence = started == null ? 1 : sequenceOf(folderName);
        return stem + " " + when + (sequence > 1 ? " #" + sequence : "");
    }
}
