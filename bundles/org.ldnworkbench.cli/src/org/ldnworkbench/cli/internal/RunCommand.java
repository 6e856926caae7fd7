package org.ldnworkbench.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ldnworkbench.cli.command.AbstractCommand;
import org.ldnworkbench.cli.command.CommandArguments;
import org.ldnworkbench.cli.command.CommandContext;
import org.ldnworkbench.cli.command.CommandOption;
import org.ldnworkbench.cli.command.UsageException;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.PipelineFormatException;
import org.ldnworkbench.core.results.SummaryJson;

/**
 * {@code ldnwb run}: run every scenario, print the summary, write timeseries, summary.json, the pipeline as run and
 * plots into a results folder that is replaced as a whole ({@link ResultsDirectory}).
 */
final class RunCommand extends AbstractCommand {
    /** The options of {@code run}, in usage order. */
    static final List<CommandOption> OPTIONS = List.of(
            CommandOption.valued("--out", "DIR", "the results folder, replaced as a whole (default: results/STEM "
                    + "for STEM.ldnpipe)"),
            OverrideOptions.SET, OverrideOptions.PRESET,
            CommandOption.flag("--no-plots", "write no PNG plots"), MechanismTimeoutOption.OPTION);

    private final Cli cli;
    private final FileOperations files;

    RunCommand(Cli cli) {
        this(cli, FileOperations.REAL);
    }

    /** @param files the file operations of the results folder (tests make them fail) */
    RunCommand(Cli cli, FileOperations files) {
        super("run",
                "run every scenario, print the summary, write timeseries, summary.json and plots to a folder",
                "FILE", OPTIONS);
        this.cli = cli;
        this.files = files;
    }

    /** The context is this command's {@link Cli}. */
    @Override
    public int execute(CommandArguments a, CommandContext context) throws Exception {
        return MechanismTimeoutOption.during(a, () -> run(a));
    }

    private int run(CommandArguments a) throws UsageException, PipelineFormatException, CompileException,
            SimulationException, IOException {
        String file = a.file("run");
        boolean plots = !a.flag("--no-plots");
        if (plots) {
            PlotWriter.warmUp(); // while the pipeline compiles and simulates
        }
        cli.doing("reading " + Names.quote(file));
        Pipeline p = Cli.read(file);
        cli.doing("checking " + Names.quote(file));
        CommandLineOverrides overrides = new CommandLineOverrides(OverrideOptions.layer(a));
        List<CompiledPipeline> compiled = new PipelineCompiler(cli.catalog()).compileAll(p, Cli.shownFile(file),
                List.of(overrides.layer()));
        PipelineCompiler.checkRunSize(compiled, Cli.shownFile(file));
        boolean given = a.value("--out") != null;
        Path outDir = given ? Path.of(a.value("--out")) : defaultOut(file);
        cli.doing("preparing the results folder " + ResultsDirectory.show(outDir));
        // before simulating: a run that could not keep its results is refused at once
        // closed in reverse order: no CSV is written, no plot rendered, once the folder is closed
        try (ResultsDirectory dir = new ResultsDirectory(outDir, files, Path.of(file), given);
                TimeseriesAsFinished csvs = new TimeseriesAsFinished(dir, compiled.size())) {
            cli.doing("simulating " + Names.quote(file));
            long t0 = System.nanoTime();
            // each scenario's CSV is written by its thread as soon as it is simulated
            Runs.Outcome outcome = Runs.runAll(compiled, Runs.threads(), cli.cancellation(), csvs);
            List<RunSummary> runs = outcome.runs();
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<String> written;
            // summary.json is formatted and the plots render while the summary prints and the last CSVs are written
            InBackground<byte[]> summary = summaryJson(file, p, overrides, runs);
            try (PlotWriter.Rendering rendering = plots ? PlotWriter.render(PlotWriter.ofRun(runs)) : null) {
                cli.doing("printing the summary");
                printSummary(file, p, compiled.get(0), runs, overrides, seconds);
                cli.doing("writing results to " + ResultsDirectory.show(outDir));
                written = write(dir, p, overrides, runs, rendering, cli.catalog(), () -> csvs.written(runs), summary);
            }
            dir.commit();
            for (String w : dir.warnings()) {
                cli.err().println("warning: " + w);
            }
            cli.out().println("results in " + ResultsDirectory.show(dir.target()) + ": " + String.join(", ", written));
            SimulationException failure = outcome.failure();
            if (failure != null) {
                // what was computed is written (summary.json says "complete": false); the run still failed
                throw new SimulationException(failure.getMessage() + "; the results up to that time are in "
                        + ResultsDirectory.show(dir.target()) + ", marked incomplete in summary.json",
                        failure.time(), failure.node(), failure, failure.partialResult());
            }
            if (outcome.wasCancelled()) {
                Runs.Cancelled c = outcome.cancelled();
                cli.err().println(Names.escape("cancelled at t = " + Numbers.fmt(c.time()) + " h"
                        + (c.scenario().isEmpty() ? "" : " in scenario " + Names.quote(c.scenario()))
                        + "; the results up to then are in " + ResultsDirectory.show(dir.target())
                        + ", marked incomplete in summary.json"));
                return Failure.CANCELLED;
            }
        }
        return 0;
    }

    private void printSummary(String file, Pipeline p, CompiledPipeline first, List<RunSummary> runs,
            CommandLineOverrides overrides, double seconds) {
        var out = cli.out();
        out.printf("%s: %s, %d scenario%s, %s-%s h, simulated in %.2f s%n", Names.escape(file),
                TextTable.name(p.name()), runs.size(), runs.size() > 1 ? "s" : "",
                Numbers.fmt(first.settings().start()), Numbers.fmt(first.settings().end()), seconds);
        out.println();
        if (!SummaryTables.headlines(runs.get(0)).isEmpty()) {
            SummaryTables.printHeadlines(out, runs, overrides);
            out.println();
        }
        if (runs.size() == 1 || SummaryTables.headlines(runs.get(0)).isEmpty()) {
            for (RunSummary r : runs) {
                if (runs.size() > 1) {
                    out.println(SummaryTables.scenarioLabel(r, overrides) + ":");
                }
                SummaryTables.printOutputs(out, r);
                out.println();
            }
        }
        SummaryTables.printFootnote(out, overrides);
        SummaryTables.printPartial(out, runs, overrides);
    }

    /** The results folder when no {@code --out} is given, for a file whose name is not a plain folder name. */
    static final String DEFAULT_NAME = "pipeline";

    /**
     * @return {@code results/STEM} for a file {@code STEM.ldnpipe}, or {@code results/}{@value #DEFAULT_NAME} when the
     *         stem is not a plain folder name (empty as in {@code .ldnpipe}, starting with '.' as in
     *         {@code ...ldnpipe}, with control characters or separators, or too long), so that the default is never
     *         {@code results} itself, {@code results/..} or a hidden folder
     */
    static Path defaultOut(String file) {
        Path fileName = Path.of(file).getFileName();
        String name = fileName == null ? "" : fileName.toString();
        if (name.endsWith("." + PipelineFiles.EXTENSION)) {
            name = name.substring(0, name.length() - PipelineFiles.EXTENSION.length() - 1);
        }
        return Path.of("results", isPlainName(name) ? name : DEFAULT_NAME);
    }

    private static boolean isPlainName(String name) {
        if (name.isEmpty() || name.startsWith(".") || name.length() > Names.MAX_ID_LENGTH * 2) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '/' || c == '\\' || Character.isWhitespace(c) && i == name.length() - 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes all result files into the staging folder of {@code dir} (the caller commits).
     *
     * @return the written names for the closing line
     * @throws IOException naming the final path, the scenario or plot, and the reason
     */
    static List<String> write(ResultsDirectory dir, String file, Pipeline p, CommandLineOverrides overrides,
            List<RunSummary> runs, boolean plots) throws IOException {
        return write(dir, file, p, overrides, runs, plots, org.ldnworkbench.core.registry.MechanismRegistry.getDefault());
    }

    /** As above, with the mechanisms the runs were compiled with (for the pipeline copy). */
    static List<String> write(ResultsDirectory dir, String file, Pipeline p, CommandLineOverrides overrides,
            List<RunSummary> runs, boolean plots, org.ldnworkbench.core.engine.MechanismCatalog catalog)
            throws IOException {
        // the runs are done: their CSVs go through the same writer as in a command, one after the other
        try (TimeseriesAsFinished csvs = new TimeseriesAsFinished(dir, runs.size());
                PlotWriter.Rendering rendering = plots ? PlotWriter.render(PlotWriter.ofRun(runs)) : null) {
            for (int i = 0; i < runs.size(); i++) {
                csvs.finished(i, runs.get(i));
            }
            return write(dir, p, overrides, runs, rendering, catalog, () -> csvs.written(runs),
                    summaryJson(file, p, overrides, runs));
        }
    }

    /** The time series CSVs of a run, written (or being written) into the results folder. */
    private interface Timeseries {
        /**
         * @return the written names in the scenarios' order, once every CSV is written
         * @throws IOException the first scenario's failure to write its CSV
         */
        List<String> written() throws IOException;
    }

    /** Starts formatting summary.json in a thread of its own (it is a megabyte for the default example). */
    private static InBackground<byte[]> summaryJson(String file, Pipeline p, CommandLineOverrides overrides,
            List<RunSummary> runs) {
        return InBackground.start("ldnwb-summary", () -> {
            Map<String, String> extra = new LinkedHashMap<>();
            extra.put("engine", "LDN Workbench " + Versions.engine());
            return SummaryJson.toJson(p.name(), file, runs, extra, overrides.list(), p.scenarios())
                    .getBytes(StandardCharsets.UTF_8);
        });
    }

    /**
     * Writes the files in their order once the CSVs are written (the CSVs first, so that their failures come first,
     * as when everything was written one after the other), with summary.json as formatted meanwhile.
     */
    private static List<String> write(ResultsDirectory dir, Pipeline p, CommandLineOverrides overrides,
            List<RunSummary> runs, PlotWriter.Rendering plots, org.ldnworkbench.core.engine.MechanismCatalog catalog,
            Timeseries timeseries, InBackground<byte[]> summaryJson) throws IOException {
        List<String> names = new ArrayList<>(timeseries.written());
        byte[] summary = summaryJson.get();
        dir.write("summary.json", "", out -> out.write(summary));
        names.add("summary.json");
        List<CompiledPipeline> compiled = new ArrayList<>();
        runs.forEach(r -> compiled.add(r.result().pipeline()));
        Pipeline asRun;
        try {
            asRun = overrides.appliedTo(p, compiled, catalog);
        } catch (CompileException e) {
            // the run compiled; a copy that does not is a defect of this class, not of the input
            throw new IllegalStateException("the pipeline copy with the overrides does not compile: "
                    + e.getMessage(), e);
        }
        byte[] pipeline = PipelineFiles.toText(asRun).getBytes(StandardCharsets.UTF_8);
        dir.write("pipeline.ldnpipe", "the pipeline as run", out -> out.write(pipeline));
        names.add("pipeline.ldnpipe");
        if (plots != null) {
            int n = plots.write(dir);
            names.add(n + " plots in plots/");
        }
        return names;
    }
}

