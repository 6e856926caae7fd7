package org.ldnworkbench.ui.internal.runs;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ldnworkbench.charts.core.ReferenceLevel;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.MetricSpec;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.pipeline.Pipeline;

/**
 * Makes the {@link RunData} the Results view draws from the engine's results of a run: the same columns, levels and
 * headline metrics the command line writes and plots, so that a run looks the same in the window and in its folder.
 * Every producer of runs (the Run command, the live re-run, a dose scan point) goes through here.
 */
public final class RunDataFactory {
    private RunDataFactory() {
    }

    /**
     * @param label what the user calls the run, e.g. {@code ldn-vs-standard 2026-12-01 17:05:12}
     * @param pipeline the pipeline as run (its name names the run's pipeline)
     * @param folder the run's results folder, or null when it is not saved
     * @param started when the run started
     * @param scenarios the summary of each scenario, in the pipeline's order, each with its stored (possibly partial)
     *        result; all compiled from {@code pipeline}, so they share its columns and metrics
     * @return the run
     * @throws IllegalArgumentException when a summary has no stored result (a streamed run) or the scenarios do not
     *         share their columns
     */
    public static RunData of(String label, Pipeline pipeline, Path folder, Instant started,
            List<RunSummary> scenarios) {
        List<OutputColumn> outputs = scenarios.isEmpty() ? List.of()
                : outputsOf(scenarios.get(0).pipeline().columns());
        List<MetricColumn> metrics = scenarios.isEmpty() ? List.of() : metricsOf(scenarios.get(0));
        List<ScenarioData> data = new ArrayList<>();
        for (RunSummary s : scenarios) {
            data.add(scenarioOf(s, outputs, metrics));
        }
        return new RunData(label, pipeline.name(), folder, started, outputs, metrics, data);
    }

    /** @return one column per compiled column, described as the CLI's plots describe it */
    static List<OutputColumn> outputsOf(List<CompiledPipeline.Column> columns) {
        List<OutputColumn> outputs = new ArrayList<>();
        for (CompiledPipeline.Column c : columns) {
            MechanismSpec m = c.mechanism();
            outputs.add(new OutputColumn(c.node(), c.output(), m.id(), descriptionOf(m, c.output()), c.unit(),
                    levelsOf(m, c.output())));
        }
        return outputs;
    }

    /** @return the declared description of the output, or empty */
    static String descriptionOf(MechanismSpec mechanism, String output) {
        int i = mechanism.outputIndex(output);
        if (i < 0) {
            return "";
        }
        PortSpec port = mechanism.outputs().get(i);
        return port.description();
    }

    /**
     * @return a level at the threshold of each time-above metric on the output, labelled by the metric, in
     *         declaration order: the dashed lines of the CLI's plots (e.g. the rebound threshold of signalling)
     */
    static List<ReferenceLevel> levelsOf(MechanismSpec mechanism, String output) {
        List<ReferenceLevel> levels = new ArrayList<>();
        for (MetricSpec m : mechanism.metrics()) {
            if (m.output().equals(output) && m.kind() == MetricSpec.Kind.TIME_ABOVE) {
                levels.add(new ReferenceLevel(m.threshold(), m.label()));
            }
        }
        return levels;
    }

    private static List<MetricColumn> metricsOf(RunSummary summary) {
        List<MetricColumn> metrics = new ArrayList<>();
        for (RunSummary.MetricValue m : summary.metrics()) {
            metrics.add(new MetricColumn(m.name(), m.spec().label(), m.spec().unit()));
        }
        return metrics;
    }

    private static ScenarioData scenarioOf(RunSummary summary, List<OutputColumn> outputs,
            List<MetricColumn> metrics) {
        SimulationResult r = summary.result();
        CompiledPipeline p = summary.pipeline();
        if (r == null) {
            throw new IllegalArgumentException("scenario '" + p.scenarioId()
                    + "' was streamed: its summary keeps no time series to show");
        }
        int n = r.length();
        double[] time = Arrays.copyOf(r.time(), n);
        double[][] columns = new double[outputs.size()][];
        for (int c = 0; c < outputs.size(); c++) {
            int own = r.columnIndex(outputs.get(c).name());
            if (own < 0) {
                throw new IllegalArgumentException("scenario '" + p.scenarioId() + "' has no column "
                        + outputs.get(c).name() + " that the run's first scenario has");
            }
            columns[c] = Arrays.copyOf(r.column(own), n);
        }
        double[] values = new double[metrics.size()];
        for (int m = 0; m < values.length; m++) {
            RunSummary.MetricValue v = summary.metric(metrics.get(m).name());
            values[m] = v == null ? Double.NaN : v.headlineValue();
        }
        return new ScenarioData(p.scenarioId(), p.scenarioName(), r.failure(), r.failureNode(),
                r.isPartial() ? r.failureTime() : Double.NaN, time, columns, values);
    }
}
