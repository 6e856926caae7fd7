package org.ldnworkbench.ui.internal.runs;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One run of a pipeline, every scenario, as the Results view draws it: either just simulated (from the engine's
 * results) or reopened from its results folder in the project.
 *
 * @param label what the user calls this run in legends and lists, e.g. {@code ldn-vs-standard 2026-12-01 17:05:12}
 *        or {@code live}
 * @param pipelineName the name inside the pipeline file
 * @param folder the run's results folder, or null for a run that is not saved (a live re-run)
 * @param started when the run started
 * @param outputs the output columns, in timeseries.csv order
 * @param metrics the metrics, in summary.json order
 * @param scenarios the scenarios, in the pipeline's order
 */
public record RunData(String label, String pipelineName, Path folder, Instant started, List<OutputColumn> outputs,
        List<MetricColumn> metrics, List<ScenarioData> scenarios) {
    public RunData {
        Objects.requireNonNull(label);
        Objects.requireNonNull(pipelineName);
        Objects.requireNonNull(started);
        outputs = List.copyOf(outputs);
        metrics = List.copyOf(metrics);
        scenarios = List.copyOf(scenarios);
        for (ScenarioData s : scenarios) {
            if (s.columns().length != outputs.size() || s.metrics().length != metrics.size()) {
                throw new IllegalArgumentException("scenario '" + s.id() + "' has " + s.columns().length
                        + " columns and " + s.metrics().length + " metrics for " + outputs.size() + " outputs and "
                        + metrics.size() + " metrics of the run");
            }
        }
    }

    /** @return whether every scenario ran to its end */
    public boolean complete() {
        return scenarios.stream().allMatch(ScenarioData::complete);
    }

    /** @return the index of the output column {@code node.output}, or -1 */
    public int outputIndex(String name) {
        for (int i = 0; i < outputs.size(); i++) {
            if (outputs.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
