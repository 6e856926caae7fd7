package org.ldnworkbench.core.metrics;

import java.util.ArrayList;
import java.util.List;

import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.mechanism.MetricSpec;

/**
 * The metrics of one run: per output, statistics over the whole run and per day (24 h from the start); per metric
 * declared by a mechanism, its value over the run, per day and on the last day.
 */
public final class RunSummary {
    /** Hours per day; days are counted from the run's start. */
    public static final double DAY = 24.0;

    /** Statistics of one output column. */
    public static final class OutputSummary {
        private final CompiledPipeline.Column column;
        private final PeriodStats run;
        private final List<PeriodStats> days;

        OutputSummary(CompiledPipeline.Column column, PeriodStats run, List<PeriodStats> days) {
            this.column = column;
            this.run = run;
            this.days = List.copyOf(days);
        }

        public CompiledPipeline.Column column() { return column; }
        public PeriodStats run() { return run; }
        public List<PeriodStats> days() { return days; }
    }

    /** Values of one declared metric. */
    public static final class MetricValue {
        private final String node;
        private final MetricSpec spec;
        private final double run;
        private final double[] days;

        MetricValue(String node, MetricSpec spec, double run, double[] days) {
            this.node = node;
            this.spec = spec;
            this.run = run;
            this.days = days;
        }

        public String node() { return node; }
        public MetricSpec spec() { return spec; }
        /** @return {@code node.metricId} */
        public String name() { return node + "." + spec.id(); }
        /** @return the value over the whole run */
        public double run() { return run; }
        /** @return the value per day */
        public double[] days() { return days.clone(); }
        /** @return the value on the last day, or over the run when it is shorter than a day */
        public double lastDay() { return days.length == 0 ? run : days[days.length - 1]; }

        /** @return the value of the headline period */
        public double headlineValue() {
            return spec.headline() == MetricSpec.Headline.LAST_DAY ? lastDay() : run;
        }
    }

    private final SimulationResult result;
    private final List<OutputSummary> outputs;
    private final List<MetricValue> metrics;

    private RunSummary(SimulationResult result, List<OutputSummary> outputs, List<MetricValue> metrics) {
        this.result = result;
        this.outputs = List.copyOf(outputs);
        this.metrics = List.copyOf(metrics);
    }

    public SimulationResult result() { return result; }
    public List<OutputSummary> outputs() { return outputs; }
    public List<MetricValue> metrics() { return metrics; }

    /** @return the metric named {@code node.metricId}, or null */
    public MetricValue metric(String name) {
        for (MetricValue m : metrics) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }

    /** @return the output summary of column {@code node.output}, or null */
    public OutputSummary output(String name) {
        for (OutputSummary o : outputs) {
            if (o.column().name().equals(name)) {
                return o;
            }
        }
        return null;
    }

    /** Computes the summary of a result (at least two time points are needed for areas and means). */
    public static RunSummary of(SimulationResult r) {
        double[] t = r.time();
        int n = r.length();
        List<int[]> dayRanges = dayRanges(t, n);
        List<OutputSummary> outs = new ArrayList<>();
        List<MetricValue> metrics = new ArrayList<>();
        List<CompiledPipeline.Column> cols = r.columns();
        for (int c = 0; c < cols.size(); c++) {
            double[] v = r.column(c);
            if (n == 0) {
                continue;
            }
            List<PeriodStats> days = new ArrayList<>();
            for (int[] d : dayRanges) {
                days.add(Series.stats(t, v, d[0], d[1]));
            }
            outs.add(new OutputSummary(cols.get(c), Series.stats(t, v, 0, n - 1), days));
            CompiledPipeline.Column col = cols.get(c);
            for (MetricSpec m : col.mechanism().metrics()) {
                if (!m.output().equals(col.output())) {
                    continue;
                }
                double[] perDay = new double[dayRanges.size()];
                for (int d = 0; d < perDay.length; d++) {
                    perDay[d] = reduce(m, t, v, dayRanges.get(d)[0], dayRanges.get(d)[1]);
                }
                metrics.add(new MetricValue(col.node(), m, reduce(m, t, v, 0, n - 1), perDay));
            }
        }
        return new RunSummary(r, outs, metrics);
    }

    private static double reduce(MetricSpec m, double[] t, double[] v, int from, int to) {
        switch (m.kind()) {
        case MAX:
            return Series.stats(t, v, from, to).max();
        case MIN:
            return Series.stats(t, v, from, to).min();
        case MEAN:
            return Series.stats(t, v, from, to).mean();
        case FINAL:
            return v[to];
        case TIME_ABOVE:
            return Series.timeAbove(t, v, from, to, m.threshold());
        case AREA_ABOVE:
            return Series.areaAbove(t, v, from, to, m.threshold());
        default:
            throw new IllegalStateException(m.kind().toString());
        }
    }

    /** Index ranges [first, last] of whole or partial days; a day shares its boundary sample with the next. */
    private static List<int[]> dayRanges(double[] t, int n) {
        List<int[]> ranges = new ArrayList<>();
        if (n < 2) {
            return ranges;
        }
        double start = t[0];
        double eps = 1e-9 * (t[1] - t[0]);
        int first = 0;
        int day = 1;
        for (int i = 1; i < n; i++) {
            if (t[i] >= start + day * DAY - eps) {
                ranges.add(new int[] { first, i });
                first = i;
                while (t[i] >= start + day * DAY - eps) {
                    day++;
                }
            }
        }
        if (first < n - 1) {
            ranges.add(new int[] { first, n - 1 });
        }
        return ranges;
    }
}
