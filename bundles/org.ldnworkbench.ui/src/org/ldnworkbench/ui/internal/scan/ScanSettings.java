package org.ldnworkbench.ui.internal.scan;

import java.util.List;

import org.ldnworkbench.core.metrics.ParameterScan;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.Scenario;

/**
 * A scan as the wizard sets it up: what to vary over which values, which metrics to keep and the pipeline to run,
 * holding only the scenarios chosen.
 *
 * @param source the pipeline's file name, for messages
 * @param pipeline the pipeline as scanned (a copy; its scenarios are those chosen)
 * @param parameter the parameter varied
 * @param values its values, increasing
 * @param spacing how the values are spaced (a log spacing gets a log axis)
 * @param metrics the metrics plotted and written, in their declared order (the run summary's)
 */
public record ScanSettings(String source, Pipeline pipeline, ScanChoices.Parameter parameter, double[] values,
        ScanValues.Spacing spacing, List<ParameterScan.Metric> metrics) {
    /** Copies the lists. */
    public ScanSettings {
        metrics = List.copyOf(metrics);
        values = values.clone();
    }

    /**
     * @param pipeline the pipeline (not changed)
     * @param scenarioIds the ids of the scenarios to run; ignored for a pipeline without scenarios
     * @return a copy of the pipeline holding only those scenarios, in the pipeline's order
     */
    public static Pipeline withScenarios(Pipeline pipeline, List<String> scenarioIds) {
        Pipeline p = pipeline.copy();
        p.scenarios().removeIf(s -> !scenarioIds.contains(s.id()));
        return p;
    }

    /** @return the names of the runs made for each value: the scenarios', or the pipeline's when it has none */
    public List<String> runNames() {
        return pipeline.scenarios().isEmpty() ? List.of(pipeline.name())
                : pipeline.scenarios().stream().map(Scenario::name).toList();
    }

    /** @return whether the scenario at {@code index} of the runs sets the scanned parameter (the scan replaces it) */
    public boolean setsScanned(int index) {
        return !pipeline.scenarios().isEmpty()
                && pipeline.scenarios().get(index).parameters().containsKey(parameter.name());
    }

    /** @return the number of runs: values times scenarios */
    public int runs() {
        return values.length * runNames().size();
    }
}
