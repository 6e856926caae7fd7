package org.ldnworkbench.core.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.OutputSink;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.mechanism.MetricSpec;

/**
 * Computes a {@link RunSummary} while a run integrates, one grid point at a time, with the same arithmetic in the
 * same order as {@link Series} over stored columns: a summary computed here is bit for bit the one computed from
 * the stored result ({@link RunSummary#of(SimulationResult)} replays a stored result through this class).
 * <p>
 * {@link #metricsOnly(CompiledPipeline)} keeps only the declared metrics over the run and on the last day: its
 * memory does not depend on the length of the run, which is what scans over thousands of values need.
 *
 * @since 0.1
 */
public final class StreamingSummary implements OutputSink {
    private final CompiledPipeline pipeline;
    private final boolean full;
    private final List<CompiledPipeline.Column> columns;
    private final int[] metricColumn;
    private final MetricSpec[] metricSpec;
    /** The columns whose statistics are kept: all of them, or only those metrics read. */
    private final int[] tracked;
    private final Period[] runPeriod;
    private final Period[] dayPeriod;
    private final List<List<PeriodStats>> dayStats;
    /** The metrics that integrate above a threshold (the others read the column statistics). */
    private final int[] thresholdMetrics;
    private final Threshold[] runThreshold;
    private final Threshold[] dayThreshold;
    private final double[][] metricDays;
    private final int[] metricDayCount;
    private final double[] metricLastDay;
    private double start;
    private double eps;
    private long count;
    private int day = 1;
    private int closedDays;
    private long daySamples;
    private boolean finished;

    private StreamingSummary(CompiledPipeline pipeline, boolean full) {
        this.pipeline = pipeline;
        this.full = full;
        this.columns = pipeline.columns();
        List<int[]> cols = new ArrayList<>();
        List<MetricSpec> specs = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            CompiledPipeline.Column col = columns.get(c);
            for (MetricSpec m : col.mechanism().metrics()) {
                if (m.output().equals(col.output())) {
                    cols.add(new int[] { c });
                    specs.add(m);
                }
            }
        }
        int nm = specs.size();
        this.metricColumn = new int[nm];
        this.metricSpec = specs.toArray(MetricSpec[]::new);
        for (int m = 0; m < nm; m++) {
            metricColumn[m] = cols.get(m)[0];
        }
        int nc = columns.size();
        this.tracked = full ? java.util.stream.IntStream.range(0, nc).toArray()
                : java.util.Arrays.stream(metricColumn).distinct().sorted().toArray();
        this.runPeriod = new Period[nc];
        this.dayPeriod = new Period[nc];
        this.dayStats = new ArrayList<>();
        for (int c = 0; c < nc; c++) {
            runPeriod[c] = new Period();
            dayPeriod[c] = new Period();
            dayStats.add(new ArrayList<>());
        }
        this.thresholdMetrics = java.util.stream.IntStream.range(0, nm)
                .filter(m -> metricSpec[m].kind() == MetricSpec.Kind.TIME_ABOVE
                        || metricSpec[m].kind() == MetricSpec.Kind.AREA_ABOVE)
                .toArray();
        this.runThreshold = new Threshold[nm];
        this.dayThreshold = new Threshold[nm];
        for (int m = 0; m < nm; m++) {
            runThreshold[m] = new Threshold(metricSpec[m].threshold());
            dayThreshold[m] = new Threshold(metricSpec[m].threshold());
        }
        this.metricDays = new double[nm][full ? 64 : 0];
        this.metricDayCount = new int[nm];
        this.metricLastDay = new double[nm];
    }

    /**
     * @return a summary of every output and metric, over the run and per day (what {@code ldnwb run} writes)
     * @since 0.1
     */
    public static StreamingSummary full(CompiledPipeline pipeline) {
        return new StreamingSummary(pipeline, true);
    }

    /**
     * @return a summary of the declared metrics only, over the run and on the last day; its outputs list is empty
     *         and its metrics' {@link RunSummary.MetricValue#days() days} hold only the last day
     * @since 0.1
     */
    public static StreamingSummary metricsOnly(CompiledPipeline pipeline) {
        return new StreamingSummary(pipeline, false);
    }

    /**
     * @return the declared metrics this summary computes, in the order of {@link RunSummary#metrics()}
     * @since 0.1
     */
    public List<ParameterScan.Metric> metrics() {
        List<ParameterScan.Metric> l = new ArrayList<>();
        for (int m = 0; m < metricSpec.length; m++) {
            l.add(new ParameterScan.Metric(columns.get(metricColumn[m]).node() + "." + metricSpec[m].id(),
                    metricSpec[m]));
        }
        return List.copyOf(l);
    }

    @Override
    public void accept(double t, double[] row) {
        if (count == 0) {
            start = t;
        } else if (count == 1) {
            eps = 1e-9 * (t - start);
        }
        for (int c : tracked) {
            runPeriod[c].add(t, row[c]);
            dayPeriod[c].add(t, row[c]);
        }
        for (int m : thresholdMetrics) {
            double v = row[metricColumn[m]];
            runThreshold[m].add(t, v);
            dayThreshold[m].add(t, v);
        }
        if (count >= 1 && t >= start + day * RunSummary.DAY - eps) {
            closeDay();
            for (int c : tracked) {
                dayPeriod[c].restart(t, row[c]);
            }
            for (int m : thresholdMetrics) {
                dayThreshold[m].restart(t, row[metricColumn[m]]);
            }
            while (t >= start + day * RunSummary.DAY - eps) {
                day++;
            }
            daySamples = 0;
        }
        daySamples++;
        count++;
    }

    /** Ends the current day: its output statistics and metric values join the per-day lists. */
    private void closeDay() {
        if (full) {
            for (int c = 0; c < runPeriod.length; c++) {
                dayStats.get(c).add(dayPeriod[c].stats());
            }
        }
        for (int m = 0; m < metricSpec.length; m++) {
            double v = value(metricSpec[m], dayPeriod[metricColumn[m]], dayThreshold[m]);
            metricLastDay[m] = v;
            if (full) {
                if (metricDayCount[m] == metricDays[m].length) {
                    metricDays[m] = Arrays.copyOf(metricDays[m], metricDays[m].length * 2);
                }
                metricDays[m][metricDayCount[m]++] = v;
            }
        }
        closedDays++;
    }

    /**
     * @param result the stored result the summary refers to, or null when the run was only streamed
     * @return the summary of every point accepted so far
     * @since 0.1
     */
    public RunSummary finish(SimulationResult result) {
        if (finished) {
            throw new IllegalStateException("finish() was called already");
        }
        finished = true;
        if (daySamples >= 2) {
            closeDay();
        }
        List<RunSummary.OutputSummary> outs = new ArrayList<>();
        List<RunSummary.MetricValue> metrics = new ArrayList<>();
        if (count == 0) {
            return new RunSummary(pipeline, result, outs, metrics);
        }
        for (int c = 0; c < columns.size(); c++) {
            if (full) {
                outs.add(new RunSummary.OutputSummary(columns.get(c), runPeriod[c].stats(), dayStats.get(c)));
            }
        }
        for (int m = 0; m < metricSpec.length; m++) {
            double run = value(metricSpec[m], runPeriod[metricColumn[m]], runThreshold[m]);
            double[] days = full ? Arrays.copyOf(metricDays[m], metricDayCount[m])
                    : closedDays > 0 ? new double[] { metricLastDay[m] } : new double[0];
            metrics.add(new RunSummary.MetricValue(columns.get(metricColumn[m]).node(), metricSpec[m], run, days));
        }
        return new RunSummary(pipeline, result, outs, metrics);
    }

    private static double value(MetricSpec m, Period p, Threshold th) {
        switch (m.kind()) {
        case MAX:
            return p.max;
        case MIN:
            return p.min;
        case MEAN:
            return p.stats().mean();
        case FINAL:
            return p.lastV;
        case TIME_ABOVE:
            return th.time;
        case AREA_ABOVE:
            return th.area;
        default:
            throw new IllegalStateException(m.kind().toString());
        }
    }

    /** Minimum, maximum, time of maximum, trapezoidal area and ends of one column over one period. */
    private static final class Period {
        double firstT;
        double firstV;
        double lastT;
        double lastV;
        double min;
        double max;
        double tMax;
        double auc;
        long samples;

        void restart(double t, double v) {
            samples = 0;
            add(t, v);
        }

        void add(double t, double v) {
            if (samples == 0) {
                firstT = t;
                firstV = v;
                min = Double.POSITIVE_INFINITY;
                max = Double.NEGATIVE_INFINITY;
                tMax = t;
                auc = 0;
            } else {
                auc += 0.5 * (v + lastV) * (t - lastT);
            }
            if (v < min) {
                min = v;
            }
            if (v > max) {
                max = v;
                tMax = t;
            }
            lastT = t;
            lastV = v;
            samples++;
        }

        PeriodStats stats() {
            double duration = lastT - firstT;
            double mean = duration > 0 ? auc / duration : firstV;
            return new PeriodStats(firstT, lastT, min, max, tMax, mean, auc, lastV);
        }
    }

    /** Time above a threshold and area above it, of the linear interpolant over one period. */
    private static final class Threshold {
        private final double threshold;
        double time;
        double area;
        private double lastT;
        private double lastV;
        private boolean started;

        Threshold(double threshold) {
            this.threshold = threshold;
        }

        void restart(double t, double v) {
            time = 0;
            area = 0;
            started = false;
            add(t, v);
        }

        void add(double t, double v) {
            if (started) {
                time += Series.timeAboveStep(lastT, lastV, t, v, threshold);
                area += Series.areaAboveStep(lastT, lastV, t, v, threshold);
            }
            started = true;
            lastT = t;
            lastV = v;
        }
    }
}
