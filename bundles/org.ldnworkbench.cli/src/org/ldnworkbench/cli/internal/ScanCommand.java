package org.ldnworkbench.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ldnworkbench.cli.command.AbstractCommand;
import org.ldnworkbench.cli.command.CommandArguments;
import org.ldnworkbench.cli.command.CommandContext;
import org.ldnworkbench.cli.command.CommandOption;
import org.ldnworkbench.cli.command.UsageException;
import org.ldnworkbench.charts.core.ChartSeries;
import org.ldnworkbench.charts.core.LineChart;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.mechanism.MetricSpec;
import org.ldnworkbench.core.metrics.ParameterScan;
import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.PipelineFormatException;
import org.ldnworkbench.core.pipeline.PortRef;

/**
 * {@code ldnwb scan}: runs the pipeline (each scenario) for every value of one parameter, in parallel, and reports
 * the headline metrics against the value: a table, {@code scan.csv} and one plot per metric.
 */
final class ScanCommand extends AbstractCommand {
    /**
     * Most runs in parallel: four per processor, at least 64. Beyond the processors they only wait, and thousands of
     * threads starving each other made the check before a scan give up ("did not start within 10 s").
     */
    static final int MAX_THREADS = Math.max(64, 4 * Runtime.getRuntime().availableProcessors());

    /** The options of {@code scan}, in usage order. */
    static final List<CommandOption> OPTIONS = List.of(
            CommandOption.required("--param", "node.param", "the parameter to scan"),
            CommandOption.oneOf("values", "--values", "a,b,c", "the values to run"),
            CommandOption.oneOf("values", "--range", "lo:hi:n[:log]", "n values from lo to hi, evenly or log-evenly "
                    + "spaced"),
            CommandOption.valued("--out", "DIR", "the results folder, replaced as a whole (default: "
                    + "results/STEM-scan for STEM.ldnpipe)"),
            OverrideOptions.SET, OverrideOptions.PRESET,
            CommandOption.valued("--threads", "N", "runs in parallel (default: the number of processors; at most "
                    + MAX_THREADS + ")"),
            CommandOption.flag("--no-plots", "write no PNG plots"), MechanismTimeoutOption.OPTION);

    private final Cli cli;

    ScanCommand(Cli cli) {
        super("scan",
                "run the pipeline for each value of one parameter, in parallel: headline metrics per value",
                "FILE", OPTIONS);
        this.cli = cli;
    }

    /** The context is this command's {@link Cli}. */
    @Override
    public int execute(CommandArguments a, CommandContext context) throws Exception {
        return MechanismTimeoutOption.during(a, () -> scan(a));
    }

    private int scan(CommandArguments a) throws UsageException, PipelineFormatException, CompileException,
            SimulationException, IOException {
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
        if (a.value("--values") != null && a.value("--range") != null) {
            throw new UsageException("give either --values or --range, not both");
        }
        boolean log = a.value("--range") != null && a.value("--range").endsWith(":log");
        double[] values = a.value("--values") != null ? listedValues(a.value("--values"))
                : a.value("--range") != null ? rangeValues(a.value("--range"))
                : null;
        if (values == null) {
            throw new UsageException("scan needs --values a,b,c or --range lo:hi:n[:log]");
        }
        int threads = a.intValue("--threads", Runs.threads(), 1, MAX_THREADS);
        Pipeline p = Cli.read(file);
        CommandLineOverrides overrides = new CommandLineOverrides(OverrideOptions.layer(a));
        Double set = overrides.layer().values().get(param);
        if (set != null) {
            // the scan sets it to each of its values: the --set would be recorded as an override that was not
            throw new UsageException("--set " + Names.quote(param + "=" + Numbers.fmt(set))
                    + " sets the scanned parameter " + Names.quote(param)
                    + ", which takes each value of the scan instead; leave the --set out");
        }
        ParameterScan scan = new ParameterScan(new PipelineCompiler(cli.catalog()), p, Cli.shownFile(file),
                List.of(overrides.layer()), param);
        try {
            scan.check(values);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        boolean given = a.value("--out") != null;
        Path outDir = given ? Path.of(a.value("--out")) : Path.of(RunCommand.defaultOut(file) + "-scan");
        cli.doing("preparing the results folder " + ResultsDirectory.show(outDir));
        // before scanning: a scan that could not keep its results is refused at once
        try (ResultsDirectory dir = new ResultsDirectory(outDir, FileOperations.REAL, Path.of(file), given)) {
            cli.doing("scanning " + Names.quote(file));
            long t0 = System.nanoTime();
            ParameterScan.Result result = scan.run(values, threads, cli.cancellation());
            double seconds = (System.nanoTime() - t0) / 1e9;
            int perValue = result.scenarioNames().size();
            boolean scenarios = !p.scenarios().isEmpty();
            List<Integer> heads = headlines(result);
            var out = cli.out();
            out.printf("%s: scan of %s over %d values x %d scenario%s, %d runs in %.2f s (%d threads)%n%n",
                    Names.escape(file), param, values.length, perValue, perValue > 1 ? "s" : "", result.runs(),
                    seconds, Math.min(threads, values.length));
            table(result, param, scenarios, heads, overrides).print(out);
            if (overrides.footnote() != null) {
                out.println(overrides.footnote());
            }
            cli.doing("writing results to " + ResultsDirectory.show(outDir));
            byte[] csv = csv(result, param, scenarios, heads).getBytes(StandardCharsets.UTF_8);
            dir.write("scan.csv", "", o -> o.write(csv));
            // the pipeline as scanned (command-line overrides applied; the scanned values are in scan.csv)
            PipelineCompiler compiler = new PipelineCompiler(cli.catalog());
            Pipeline asScanned = overrides.appliedTo(p, compiler.compileAll(p, Cli.shownFile(file),
                    List.of(overrides.layer())), cli.catalog());
            byte[] pipeline = PipelineFiles.toText(asScanned).getBytes(StandardCharsets.UTF_8);
            dir.write("pipeline.ldnpipe", "the pipeline as scanned", o -> o.write(pipeline));
            int plots = 0;
            if (!a.flag("--no-plots")) {
                List<PlotWriter.Plot> charts = new ArrayList<>();
                for (int m : heads) {
                    String name = result.metrics().get(m).name();
                    charts.add(new PlotWriter.Plot("plots/scan-" + name + ".png", "plot of " + Names.quote(name),
                            () -> plot(result, p, param, log, m)));
                }
                plots = PlotWriter.write(dir, charts);
            }
            dir.commit();
            for (String w : dir.warnings()) {
                cli.err().println("warning: " + w);
            }
            out.println();
            out.println("results in " + ResultsDirectory.show(dir.target()) + ": scan.csv, pipeline.ldnpipe" + (plots > 0 ? ", "
                    + plots + " plots in plots/" : ""));
        }
        return 0;
    }

    /** Values of {@code --values a,b,c}; the count is checked before any value is parsed. */
    static double[] listedValues(String list) throws UsageException {
        int count = 1;
        for (int i = 0; i < list.length() && count <= ParameterScan.MAX_VALUES; i++) {
            count += list.charAt(i) == ',' ? 1 : 0;
        }
        if (count > ParameterScan.MAX_VALUES) {
            throw new UsageException("--values: at most " + ParameterScan.MAX_VALUES + " values");
        }
        String[] parts = list.split(",", -1);
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Numbers.parse(parts[i], "--values (value " + (i + 1) + ")");
        }
        return values;
    }

    /** Values of {@code --range lo:hi:n[:log|:lin]}: n evenly (or log-evenly) spaced values from lo to hi. */
    static double[] rangeValues(String range) throws UsageException {
        String[] r = range.split(":", -1);
        if (r.length < 3 || r.length > 4 || r.length == 4 && !r[3].equals("log") && !r[3].equals("lin")) {
            throw new UsageException("--range expects lo:hi:n or lo:hi:n:log, got " + Names.quote(range));
        }
        double lo = Numbers.parse(r[0], "--range lo");
        double hi = Numbers.parse(r[1], "--range hi");
        double count = Numbers.parse(r[2], "--range n");
        boolean log = r.length == 4 && r[3].equals("log");
        if (!(count >= 2 && count <= ParameterScan.MAX_VALUES) || count != Math.rint(count)) {
            throw new UsageException("--range: n must be a whole number from 2 to " + ParameterScan.MAX_VALUES
                    + ", got " + Names.quote(r[2]));
        }
        if (log && !(lo > 0 && hi > 0)) {
            throw new UsageException("--range: a log range needs lo > 0 and hi > 0");
        }
        int n = (int) count;
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            double f = (double) i / (n - 1);
            values[i] = log ? lo * Math.pow(hi / lo, f) : lo + i * (hi - lo) / (n - 1);
        }
        // the ends exactly as given: exp(log(100)) is 100.00000000000004, outside a range that ends at 100
        values[0] = lo;
        values[n - 1] = hi;
        return values;
    }

    /** @return indexes of the headline metrics, in their declared order */
    private static List<Integer> headlines(ParameterScan.Result r) {
        List<Integer> l = new ArrayList<>();
        for (int m = 0; m < r.metrics().size(); m++) {
            if (r.metrics().get(m).spec().headline() != MetricSpec.Headline.NONE) {
                l.add(m);
            }
        }
        l.sort(Comparator.comparingInt(m -> r.metrics().get(m).spec().order()));
        return l;
    }

    private static TextTable table(ParameterScan.Result r, String param, boolean scenarios, List<Integer> heads,
            CommandLineOverrides overrides) {
        List<String> header = new ArrayList<>(scenarios ? List.of(param, "scenario") : List.of(param));
        for (int m : heads) {
            header.add(SummaryTables.label(r.metrics().get(m).spec()));
        }
        TextTable t = new TextTable(header.toArray(String[]::new));
        int perValue = r.scenarioNames().size();
        for (int i = 0; i < r.runs(); i++) {
            List<String> row = new ArrayList<>();
            row.add(Numbers.fmt(r.values()[i / perValue]));
            if (scenarios) {
                row.add(overrides.label(r.scenarioNames().get(i % perValue)));
            }
            for (int m : heads) {
                row.add(Numbers.fmt(r.headline(i, m)));
            }
            t.row(row.toArray(String[]::new));
        }
        return t;
    }

    private static String csv(ParameterScan.Result r, String param, boolean scenarios, List<Integer> heads) {
        StringBuilder csv = new StringBuilder(csvCell(param)).append(",scenario");
        for (int m : heads) {
            csv.append(',').append(csvCell(r.metrics().get(m).name()));
        }
        csv.append('\n');
        int perValue = r.scenarioNames().size();
        for (int i = 0; i < r.runs(); i++) {
            csv.append(Numbers.exact(r.values()[i / perValue])).append(',')
                    .append(csvCell(scenarios ? textCell(r.scenarioNames().get(i % perValue)) : "-"));
            for (int m : heads) {
                csv.append(',').append(Numbers.exact(r.headline(i, m)));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private LineChart plot(ParameterScan.Result r, Pipeline p, String param, boolean log, int m) {
        int perValue = r.scenarioNames().size();
        double[] values = r.values();
        List<ChartSeries> series = new ArrayList<>();
        for (int s = 0; s < perValue; s++) {
            double[] y = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                y[i] = r.headline(i * perValue + s, m);
            }
            series.add(new ChartSeries(perValue > 1 ? r.scenarioNames().get(s) : p.name(), values, y));
        }
        MetricSpec spec = r.metrics().get(m).spec();
        return new LineChart(spec.label() + " against " + param, param + unitOf(p, param),
                SummaryTables.label(spec), series).logX(log).markers(values.length <= 40);
    }

    private String unitOf(Pipeline p, String param) {
        PortRef ref = PortRef.parse(param);
        var node = p.node(ref.node());
        var spec = node == null ? null : cli.catalog().spec(node.mechanism());
        var ps = spec == null ? null : spec.parameter(ref.port());
        return ps == null || ps.unit().equals("-") ? "" : " [" + ps.unit() + "]";
    }

    /**
     * A free text for a spreadsheet: a leading {@code = + - @} would make a spreadsheet run it as a formula
     * ({@code =HYPERLINK(...)} in a scenario name), so such a text gets a leading apostrophe.
     */
    static String textCell(String s) {
        return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    private static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
