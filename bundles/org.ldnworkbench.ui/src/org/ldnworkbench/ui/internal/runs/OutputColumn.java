package org.ldnworkbench.ui.internal.runs;

import java.util.List;
import java.util.Objects;

import org.ldnworkbench.charts.core.ReferenceLevel;

/**
 * One output column of a run, as a chart and the output tree show it: {@code node.output}, the output's description
 * and unit from its mechanism's declaration, and the reference levels drawn across its chart (each time-above
 * threshold of the mechanism's metrics on that output, e.g. the rebound threshold).
 *
 * @param node the node id
 * @param output the output id of the node's mechanism
 * @param mechanism the mechanism id, or empty when unknown (a reopened run whose mechanism is no longer installed)
 * @param description what the output is, from the declaration, or empty
 * @param unit the output's unit, e.g. {@code fraction} or {@code ng/mL}
 * @param levels reference levels, in declaration order
 */
public record OutputColumn(String node, String output, String mechanism, String description, String unit,
        List<ReferenceLevel> levels) {
    public OutputColumn {
        Objects.requireNonNull(node);
        Objects.requireNonNull(output);
        Objects.requireNonNull(mechanism);
        Objects.requireNonNull(description);
        Objects.requireNonNull(unit);
        levels = List.copyOf(levels);
    }

    /** @return {@code node.output}, the column's name in timeseries.csv and summary.json */
    public String name() {
        return node + "." + output;
    }
}
