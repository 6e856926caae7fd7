package org.ldnworkbench.ui.internal.runs;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ldnworkbench.charts.core.PngRenderer;
import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.results.SummaryJson;
import org.ldnworkbench.core.results.TimeseriesCsv;

/**
 * Writes a run into a new folder of its pipeline's runs, all or nothing ({@link StagedFolder}): per-scenario
 * timeseries.csv, summary.json, the pipeline as run, versions.json and the plots. Scenario ids are ids by the
 * pipeline's rules, and checked again here before they become folder names.
 */
public final class RunFolderWriter {
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
        LocalDateTime local = LocalDateTime.ofInstant(contents.started(), ZoneId.systemDefault());
        return StagedFolder.write(runs, RunFolders.baseName(local), folder -> writeFiles(folder, contents));
    }

    private static void writeFiles(StagedFolder folder, Contents c) throws IOException {
        List<RunSummary> summaries = c.summaries();
        boolean single = summaries.size() == 1;
        for (RunSummary s : summaries) {
            String id = s.pipeline().scenarioId();
            if (!id.isEmpty() && Names.scenarioIdProblem(id) != null) {
                throw new IOException("cannot write the run into " + folder.target() + ": scenario id " + Names.quote(id)
                        + " " + Names.scenarioIdProblem(id));
            }
            String name = RunFolders.timeseries(id, single);
            folder.write(name, out -> {
                try (BufferedWriter w = new BufferedWriter(
                        new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                    TimeseriesCsv.write(s.result(), w);
                }
            });
        }
        byte[] summary = SummaryJson.toJson(c.asRun().name(), c.source(), summaries, extra(c))
                .getBytes(StandardCharsets.UTF_8);
        folder.write(RunFolders.SUMMARY, out -> out.write(summary));
        byte[] pipeline = PipelineFiles.toText(c.asRun()).getBytes(StandardCharsets.UTF_8);
        folder.write(RunFolders.PIPELINE, out -> out.write(pipeline));
        byte[] versions = RunVersions.json(c.asRun()).getBytes(StandardCharsets.UTF_8);
        folder.write(RunFolders.VERSIONS, out -> out.write(versions));
        RunData run = c.run();
        double span = RunPlots.span(c.asRun());
        PngRenderer renderer = new PngRenderer(RunPlots.WIDTH, RunPlots.HEIGHT); // one image for all plots
        for (int o = 0; o < run.outputs().size(); o++) {
            byte[] png = RunPlots.png(run, o, span, renderer);
            folder.write(RunFolders.PLOTS + "/" + run.outputs().get(o).name() + ".png",
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
}
