package org.ldnworkbench.ui.internal.scan;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.ldnworkbench.core.metrics.ParameterScan;

/**
 * A finished scan: its settings, the metric values of every run and where they were written.
 *
 * @param settings what was scanned
 * @param result the core's table of metric values, run {@code i * runNames + s} being value {@code i} under
 *        scenario {@code s}
 * @param folder the scan's results folder, or null when it was not written
 * @param started when the scan started
 */
public record ScanResult(ScanSettings settings, ParameterScan.Result result, Path folder, Instant started) {
    /** @return the names of the lines: one per scenario (the pipeline's name when it has none) */
    public List<String> runNames() {
        return result.scenarioNames();
    }

    /** @return whether the pipeline has scenarios, so that the table and CSV name them */
    public boolean hasScenarios() {
        return !settings.pipeline().scenarios().isEmpty();
    }

    /**
     * @param scenario the index of a scenario in {@link #runNames()}
     * @param metric one of {@code settings().metrics()}
     * @return the metric's plotted value (its headline period) for each value of the parameter
     */
    public double[] series(int scenario, ParameterScan.Metric metric) {
        int m = index(metric);
        int perValue = runNames().size();
        double[] y = new double[result.values().length];
        for (int i = 0; i < y.length; i++) {
            y[i] = result.headline(i * perValue + scenario, m);
        }
        return y;
    }

    /** @return the metric's plotted value of run {@code run} */
    public double value(int run, ParameterScan.Metric metric) {
        return result.headline(run, index(metric));
    }

    private int index(ParameterScan.Metric metric) {
        List<ParameterScan.Metric> all = result.metrics();
        for (int m = 0; m < all.size(); m++) {
            if (all.get(m).name().equals(metric.name())) {
                return m;
            }
        }
        throw new IllegalArgumentException("the scan computed no metric " + metric.name());
    }
}
