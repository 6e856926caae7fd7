package org.ldnworkbench.ui.internal.runs;

import java.util.Objects;

/**
 * One metric of a run as the metrics table shows it: {@code node.metric}, its label and unit from the mechanism's
 * declaration; its value per scenario is the metric's headline value (the run, or the last day, as the mechanism
 * declares), the value the command line's summary table prints.
 *
 * @param name {@code node.metricId}, the key in summary.json
 * @param label e.g. {@code Peak occupancy (last day)}
 * @param unit e.g. {@code fraction}
 */
public record MetricColumn(String name, String label, String unit) {
    public MetricColumn {
        Objects.requireNonNull(name);
        Objects.requireNonNull(label);
        Objects.requireNonNull(unit);
    }
}
