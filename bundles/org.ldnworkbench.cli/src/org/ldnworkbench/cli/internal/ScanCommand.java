package org.ldnworkbench.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ldnworkbench.charts.core.ChartSeries;
import org.ldnworkbench.charts.core.LineChart;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFormatException;
import org.ldnworkbench.core.pipeline.PortRef;
import org.ldnworkbench.core.pipeline.Scenario;

/**
 * {@code ldnwb scan}: runs the pipeline (each scenario) for every value of one parameter, in parallel, and reports
 * the headline metrics against the value: a table, {@code scan.csv} and one plot per metric.
 */
final class ScanCommand {
    /** Most values one scan accepts. */
    static final int MAX_VALUES = 10_000;

    private final Cli cli;

    ScanCommand(Cli cli) {
        this.cli = cli;
    }

    int execute(Args a) throws UsageException, PipelineFormatException, CompileException, SimulationException,
            IOException {
        String file = a.file("scan");
        String param = a.value("--param");
        if (param == null) {
            throw new UsageException("scan needs --param node.param");
        }
        try {
            PortRef.parse(param);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--param: " + e.getMessage());
        }
        boolean log = false;
        double[] values;
        if (a.value("--values") != null && a.value("--range") != null) {
            throw new UsageException("give either --values or --range, not both");
        } else if (a.value("--values") != null) {
            String[] parts = a.value("--values").split(",");
            values = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = Numbers.parse(parts[i], "--values");
            }
        } else if (a.value("--range") != null) {
            String[] r = a.value("--range").split(":");
            if (r.length < 3 || r.length > 4 || r.length == 4 && !r[3].equals("log") && !r[3].equals("lin")) {
                throw new UsageException("--range expects lo:hi:n or lo:hi:n:log, got '" + a.value("--range") + "'");
            }
            double lo = Numbers.parse(r[0], "--range lo");
            double hi = Numbers.parse(r[1], "--range hi");
            int n = (int) Numbers.parse(r[2], "--range n");
            log = r.length == 4 && r[3].equals("log");
            if (n < 2 || n > MAX_VALUES) {
                throw new UsageException("--range: n must be between 2 and " + MAX_VALUES + ", got " + r[2]);
            }
            if (log && !(lo > 0 && hi > 0)) {
                throw new UsageException("--range: a log range needs lo > 0 and hi > 0");
            }
            values = new double[n];
            for (int i = 0; i < n; i++) {
                double f = (double) i / (n - 1);
                values[i] = log ? Math.exp(Math.log(lo) + f * (Math.log(hi) - Math.log(lo))) : lo + f * (hi - lo);
            }
        } else {
            throw new UsageException("scan needs --values a,b,c or --range lo:hi:n[:log]");
        }
        if (values.length > MAX_VALUES) {
            throw new UsageException("--values: at most " + MAX_VALUES + " values");
        }
        Pipeline p = Cli.read(file);
        Scenario overrides = Cli.overrides(a);
        PipelineCompiler compiler = new PipelineCompiler(cli.catalog());
        List<CompiledPipeline> all = new ArrayList<>();
        for (double v : values) {
            Scenario s = new Scenario("--scan", "scan value " + param + " =");
            s.parameters().put(param, v);
            all.addAll(compiler.compileAll(p, file, List.of(overrides, s)));
        }
        int perValue = all.size() / values.length;
        int threads = a.intValue("--threads", Runs.threads(), 1);
        long t0 = System.nanoTime();
        List<RunSummary> runs = Runs.runAll(all, threads);
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<RunSummary.MetricValue> heads = SummaryTables.headlines(runs.get(0));
        boolean scenarios = !p.scenarios().isEmpty();
        List<String> header = new ArrayList<>(scenarios ? List.of(param, "scenario") : List.of(param));
        for (RunSummary.MetricValue m : heads) {
            header.add(SummaryTables.label(m));
        }
        TextTable t = new TextTable(header.toArray(String[]::new));
        StringBuilder csv = new StringBuilder(csvCell(param)).append(",scenario");
        for (RunSummary.MetricValue m : heads) {
            csv.append(',').append(csvCell(m.name()));
        }
        csv.append('\n');
        for (int i = 0; i < runs.size(); i++) {
            RunSummary r = runs.get(i);
            double v = values[i / perValue];
            List<String> row = new ArrayList<>(scenarios ? List.of(Numbers.fmt(v), scenarioName(p, r))
                    : List.of(Numbers.fmt(v)));
            csv.append(Numbers.exact(v)).append(',').append(csvCell(scenarioName(p, r)));
            for (RunSummary.MetricValue m : heads) {
                RunSummary.MetricValue x = r.metric(m.name());
                row.add(Numbers.fmt(x.headlineValue()));
                csv.append(',').append(Numbers.exact(x.headlineValue()));
            }
            csv.append('\n');
            t.row(row.toArray(String[]::new));
        }
        var out = cli.out();
        out.printf("%s: scan of %s over %d values x %d scenario%s, %d runs in %.2f s (%d threads)%n%n", file, param,
                values.length, perValue, perValue > 1 ? "s" : "", runs.size(), seconds, threads);
        t.print(out);
        Path outDir = a.value("--out") != null ? Path.of(a.value("--out"))
                : Path.of(RunCommand.defaultOut(file) + "-scan");
        int plots = 0;
        try (ResultsDirectory dir = new ResultsDirectory(outDir)) {
            Files.writeString(dir.file("scan.csv"), csv.toString(), StandardCharsets.UTF_8);
            if (!a.flag("--no-plots")) {
                for (RunSummary.MetricValue m : heads) {
                    List<ChartSeries> series = new ArrayList<>();
                    for (int s = 0; s < perValue; s++) {
                        double[] y = new double[values.length];
                        for (int i = 0; i < values.length; i++) {
                            y[i] = runs.get(i * perValue + s).metric(m.name()).headlineValue();
                        }
                        series.add(new ChartSeries(perValue > 1 ? scenarioName(p, runs.get(s)) : p.name(), values, y));
                    }
                    new LineChart(m.spec().label() + " against " + param, param + unitOf(p, param),
                            SummaryTables.label(m), series).logX(log).markers(values.length <= 40)
                            .writePng(dir.file("plots/scan-" + m.name() + ".png"), 1000, 560);
                    plots++;
                }
            }
            dir.commit();
        }
        out.println();
        out.println("results in " + outDir.toAbsolutePath().normalize() + ": scan.csv" + (plots > 0 ? ", " + plots
                + " plots in plots/" : ""));
        return 0;
    }

    private String unitOf(Pipeline p, String param) {
        PortRef ref = PortRef.parse(param);
        var node = p.node(ref.node());
        var spec = node == null ? null : cli.catalog().spec(node.mechanism());
        var ps = spec == null ? null : spec.parameter(ref.port());
        return ps == null || ps.unit().equals("-") ? "" : " [" + ps.unit() + "]";
    }

    private static String scenarioName(Pipeline p, RunSummary r) {
        String id = r.result().pipeline().scenarioId();
        return id.isEmpty() ? "-" : r.result().pipeline().scenarioName();
    }

    private static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
