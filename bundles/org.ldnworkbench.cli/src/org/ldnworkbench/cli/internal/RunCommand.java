package org.ldnworkbench.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ldnworkbench.charts.core.ChartSeries;
import org.ldnworkbench.charts.core.LineChart;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.PipelineFormatException;
import org.ldnworkbench.core.results.SummaryJson;
import org.ldnworkbench.core.results.TimeseriesCsv;

/** {@code ldnwb run}: run every scenario, print the summary, write timeseries, summary.json and plots. */
final class RunCommand {
    private final Cli cli;

    RunCommand(Cli cli) {
        this.cli = cli;
    }

    int execute(Args a) throws UsageException, PipelineFormatException, CompileException, SimulationException,
            IOException {
        String file = a.file("run");
        Pipeline p = Cli.read(file);
        List<CompiledPipeline> compiled = new PipelineCompiler(cli.catalog()).compileAll(p, file,
                List.of(Cli.overrides(a)));
        Path outDir = a.value("--out") != null ? Path.of(a.value("--out")) : defaultOut(file);
        long t0 = System.nanoTime();
        List<RunSummary> runs = Runs.runAll(compiled, Runs.threads());
        double seconds = (System.nanoTime() - t0) / 1e9;
        var out = cli.out();
        CompiledPipeline first = compiled.get(0);
        out.printf("%s: %s, %d scenario%s, %s-%s h, simulated in %.2f s%n", file, p.name(), runs.size(),
                runs.size() > 1 ? "s" : "", Numbers.fmt(first.settings().start()), Numbers.fmt(first.settings().end()),
                seconds);
        out.println();
        if (!SummaryTables.headlines(runs.get(0)).isEmpty()) {
            SummaryTables.printHeadlines(out, runs);
            out.println();
        }
        if (runs.size() == 1 || SummaryTables.headlines(runs.get(0)).isEmpty()) {
            for (RunSummary r : runs) {
                if (runs.size() > 1) {
                    out.println(r.result().pipeline().scenarioName() + ":");
                }
                SummaryTables.printOutputs(out, r);
                out.println();
            }
        }
        List<String> written = write(outDir, file, p, runs, !a.flag("--no-plots"));
        out.println("results in " + outDir.toAbsolutePath().normalize() + ": " + String.join(", ", written));
        return 0;
    }

    static Path defaultOut(String file) {
        String name = Path.of(file).getFileName().toString();
        if (name.endsWith("." + PipelineFiles.EXTENSION)) {
            name = name.substring(0, name.length() - PipelineFiles.EXTENSION.length() - 1);
        }
        return Path.of("results", name);
    }

    /** Writes all result files through a staging folder; returns the written names. */
    static List<String> write(Path outDir, String file, Pipeline p, List<RunSummary> runs, boolean plots)
            throws IOException {
        List<String> names = new ArrayList<>();
        try (ResultsDirectory dir = new ResultsDirectory(outDir)) {
            boolean single = runs.size() == 1;
            for (RunSummary r : runs) {
                String sub = single ? "" : r.result().pipeline().scenarioId() + "/";
                TimeseriesCsv.write(r.result(), dir.file(sub + "timeseries.csv"));
                names.add(sub + "timeseries.csv");
            }
            Map<String, String> extra = new LinkedHashMap<>();
            extra.put("engine", "LDN Workbench " + Versions.engine());
            Files.writeString(dir.file("summary.json"), SummaryJson.toJson(p.name(), file, runs, extra),
                    StandardCharsets.UTF_8);
            names.add("summary.json");
            PipelineFiles.write(p, dir.file("pipeline.ldnpipe"));
            names.add("pipeline.ldnpipe");
            if (plots) {
                int n = plotOutputs(dir, runs);
                names.add(n + " plots in plots/");
            }
            dir.commit();
        }
        return names;
    }

    private static int plotOutputs(ResultsDirectory dir, List<RunSummary> runs) throws IOException {
        List<CompiledPipeline.Column> cols = runs.get(0).result().columns();
        double span = runs.get(0).result().pipeline().settings().end() - runs.get(0).result().pipeline().settings().start();
        boolean days = span > 72;
        int count = 0;
        for (int c = 0; c < cols.size(); c++) {
            CompiledPipeline.Column col = cols.get(c);
            List<ChartSeries> series = new ArrayList<>();
            for (RunSummary r : runs) {
                double[] t = java.util.Arrays.copyOf(r.result().time(), r.result().length());
                if (days) {
                    for (int i = 0; i < t.length; i++) {
                        t[i] /= 24.0;
                    }
                }
                series.add(new ChartSeries(r.result().pipeline().scenarioName(), t,
                        java.util.Arrays.copyOf(r.result().column(c), r.result().length())));
            }
            String description = col.mechanism().outputs().get(col.mechanism().outputIndex(col.output())).description();
            String title = description.isEmpty() ? col.name() : description + " (" + col.name() + ")";
            LineChart chart = new LineChart(title, days ? "Time [days]" : "Time [h]",
                    col.output() + " [" + col.unit() + "]", series);
            for (org.ldnworkbench.core.mechanism.MetricSpec m : col.mechanism().metrics()) {
                if (m.output().equals(col.output()) && m.kind() == org.ldnworkbench.core.mechanism.MetricSpec.Kind.TIME_ABOVE) {
                    chart.level(m.threshold(), m.label());
                }
            }
            chart.writePng(dir.file("plots/" + col.name() + ".png"), 1000, 560);
            count++;
        }
        return count;
    }
}
