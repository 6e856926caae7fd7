package org.ldnworkbench.core.metrics;

import java.util.ArrayList;
import java.util.List;

import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.mechanism.MetricSpec;

/**
 * The metrics of one run: per output, statistics over the whole run and per day (24 h from the start); per metric
 * declared by a mechanism, its value over the run, per day and on the last day.
 *
 * @since 0.1
 */
public final class RunSummary {
    /**
     * Hours per day; days are counted from the run's start.
     *
     * @since 0.1
     */
    public static final double DAY = 24.0;

    /**
     * Statistics of one output column.
     *
     * @param column the output column
     * @param run statistics over the whole run
     * @param days statistics per day, from the run's start (the last day may be shorter)
     *
     * @since 0.1
     * @noinstantiate This record is not intended to be instantiated by clients; a {@link RunSummary} holds them.
     */
    public record OutputSummary(CompiledPipeline.Column column, PeriodStats run, List<PeriodStats> days) {
        /**
         * Copies the days.
         *
         * @since 0.1
         */
        public OutputSummary {
            days = List.copyOf(days);
        }
    }

    /**
     * Values of one declared metric.
     *
     * @since 0.1
     */
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

        /**
         * @return the id of the node whose mechanism declares the metric
         * @since 0.1
         */
        public String node() { return node; }

        /**
         * @return the metric's declaration
         * @since 0.1
         */
        public MetricSpec spec() { return spec; }

        /**
         * @return {@code node.metricId}
         * @since 0.1
         */
        public String name() { return node + "." + spec.id(); }

        /**
         * @return the value over the whole run
         * @since 0.1
         */
        public double run() { return run; }

        /**
         * @return the value per day
         * @since 0.1
         */
        public double[] days() { return days.clone(); }

        /**
         * @return the value on the last day, or over the run when it is shorter than a day
         * @since 0.1
         */
        public double lastDay() { return days.length == 0 ? run : days[days.length - 1]; }

        /**
         * @return the value of the headline period
         * @since 0.1
         */
        public double headlineValue() {
            return spec.headline() == MetricSpec.Headline.LAST_DAY ? lastDay() : run;
        }
    }

    private final CompiledPipeline pipeline;
    private final SimulationResult result;
    private final List<OutputSummary> outputs;
    private final List<MetricValue> metrics;

    RunSummary(CompiledPipeline pipeline, SimulationResult result, List<OutputSummary> outputs,
            List<MetricValue> metrics) {
        this.pipeline = pipeline;
        this.result = result;
        this.outputs = List.copyOf(outputs);
        this.metrics = List.copyOf(metrics);
    }

    /**
     * @return the compiled pipeline (scenario) that ran
     * @since 0.1
     */
    public CompiledPipeline pipeline() { return pipeline; }

    /**
     * @return the stored result, or null when the run was streamed ({@link StreamingSummary#metricsOnly})
     * @since 0.1
     */
    public SimulationResult result() { return result; }

    /**
     * @return the statistics of each recorded output, in column order
     * @since 0.1
     */
    public List<OutputSummary> outputs() { return outputs; }

    /**
     * @return the values of the metrics the pipeline's mechanisms declare, ordered by the column they reduce
     * @since 0.1
     */
    public List<MetricValue> metrics() { return metrics; }

    /**
     * @return the metric named {@code node.metricId}, or null
     * @since 0.1
     */
    public MetricValue metric(String name) {
        for (MetricValue m : metrics) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }

    /**
     * @return the output summary of column {@code node.output}, or null
     * @since 0.1
     */
    public OutputSummary output(String name) {
        for (OutputSummary o : outputs) {
            if (o.column().name().equals(name)) {
                return o;
            }
        }
        return null;
    }

    /**
     * Computes the summary of a stored result (at least two time points are needed for areas and means), by
     * replaying it through {@link StreamingSummary#full}: the same numbers as a summary computed during the run.
     *
     * @since 0.1
     */
    public static RunSummary of(SimulationResult r) {
        StreamingSummary s = StreamingSummary.full(r.pipeline());
        double[] t = r.time();
        double[] row = new double[r.columns().size()];
        for (int i = 0; i < r.length(); i++) {
            for (int c = 0; c < row.length; c++) {
                row[c] = r.column(c)[i];
            }
            s.accept(t[i], row);
        }
        return s.finish(r);
    }
}
