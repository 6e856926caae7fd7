package org.ldnworkbench.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.mechanism.MetricSpec;
import org.ldnworkbench.core.metrics.PeriodStats;
import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.pipeline.Names;

/** The tables printed after a run: headline metrics side by side per scenario, and per-output statistics. */
final class SummaryTables {
    private SummaryTables() {
    }

    /** @return the headline metrics of a run, in their declared order */
    static List<RunSummary.MetricValue> headlines(RunSummary r) {
        List<RunSummary.MetricValue> l = new ArrayList<>();
        for (RunSummary.MetricValue m : r.metrics()) {
            if (m.spec().headline() != MetricSpec.Headline.NONE) {
                l.add(m);
            }
        }
        l.sort(Comparator.comparingInt(m -> m.spec().order()));
        return l;
    }

    static String label(RunSummary.MetricValue m) {
        return label(m.spec());
    }

    /** @return the metric's label with its unit, e.g. {@code Peak occupancy [%]} */
    static String label(MetricSpec spec) {
        String unit = spec.unit();
        return spec.label() + (unit.isEmpty() || unit.equals("-") ? "" : " [" + unit + "]");
    }

    /**
     * Metrics as rows, scenarios as columns; the scenario names (escaped, cut) carry a mark when the command line
     * overrode values, explained by {@link #printFootnote}.
     */
    static void printHeadlines(PrintStream out, List<RunSummary> runs, CommandLineOverrides overrides) {
        List<RunSummary.MetricValue> first = headlines(runs.get(0));
        if (first.isEmpty()) {
            return;
        }
        String[] header = new String[runs.size() + 1];
        header[0] = "metric";
        for (int i = 0; i < runs.size(); i++) {
            header[i + 1] = scenarioLabel(runs.get(i), overrides);
        }
        TextTable t = new TextTable(header);
        List<String> labels = distinctLabels(first);
        for (int k = 0; k < first.size(); k++) {
            RunSummary.MetricValue m = first.get(k);
            String[] row = new String[runs.size() + 1];
            row[0] = labels.get(k);
            for (int i = 0; i < runs.size(); i++) {
                RunSummary.MetricValue v = runs.get(i).metric(m.name());
                row[i + 1] = v == null ? "-" : Numbers.fmt(v.headlineValue());
            }
            t.row(row);
        }
        t.print(out);
    }

    /**
     * @return each metric's {@link #label}, followed by its node in parentheses where two nodes of one mechanism would
     *         otherwise print the same label (e.g. two dosing arms with a pk node each)
     */
    static List<String> distinctLabels(List<RunSummary.MetricValue> metrics) {
        List<String> plain = metrics.stream().map(SummaryTables::label).toList();
        List<String> labels = new java.util.ArrayList<>();
        for (int k = 0; k < metrics.size(); k++) {
            String l = plain.get(k);
            labels.add(java.util.Collections.frequency(plain, l) > 1 ? l + " (" + metrics.get(k).node() + ")" : l);
        }
        return labels;
    }

    /** @return the scenario's name for a table, marked when its run stopped early */
    static String scenarioLabel(RunSummary r, CommandLineOverrides overrides) {
        String label = overrides.label(r.result().pipeline().scenarioName());
        return r.result().isPartial() ? label + " " + PARTIAL : label;
    }

    /** The mark of a scenario whose run stopped early, explained by {@link #printPartial}. */
    static final String PARTIAL = "(partial)";

    /**
     * Says under the tables where each scenario that stopped early stopped: its numbers (a peak, a last day, a
     * mean) cover the run up to then only, and would otherwise read as the whole run's.
     */
    static void printPartial(PrintStream out, List<RunSummary> runs, CommandLineOverrides overrides) {
        boolean any = false;
        for (RunSummary r : runs) {
            SimulationResult result = r.result();
            if (result.isPartial()) {
                String node = result.failureNode().isEmpty() ? "" : "node " + Names.quote(result.failureNode()) + ": ";
                out.println(Names.escape(PARTIAL + " " + overrides.label(result.pipeline().scenarioName())
                        + " stopped at t = " + Numbers.fmt(result.failureTime()) + " h (" + node + result.failure()
                        + "): its values cover the run up to then only"));
                any = true;
            }
        }
        if (any) {
            out.println();
        }
    }

    /** Prints what the command line overrode, when it did: the footnote of the marked names. */
    static void printFootnote(PrintStream out, CommandLineOverrides overrides) {
        String footnote = overrides.footnote();
        if (footnote != null) {
            out.println(footnote);
            out.println();
        }
    }

    /** Per output: unit, min, max, time of max, mean, final value over the run. */
    static void printOutputs(PrintStream out, RunSummary r) {
        TextTable t = new TextTable("output", "unit", "min", "max", "t(max) [h]", "mean", "final");
        for (RunSummary.OutputSummary o : r.outputs()) {
            PeriodStats s = o.run();
            t.row(o.column().name(), o.column().unit(), Numbers.fmt(s.min()), Numbers.fmt(s.max()),
                    Numbers.fmt(s.timeOfMax()), Numbers.fmt(s.mean()), Numbers.fmt(s.last()));
        }
        t.print(out);
    }
}
