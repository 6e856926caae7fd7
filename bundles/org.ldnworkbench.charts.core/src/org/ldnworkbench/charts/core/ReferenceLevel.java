package org.ldnworkbench.charts.core;

import java.util.Objects;

/**
 * A horizontal reference line across a chart, e.g. the rebound threshold: its value in the chart's y unit and what
 * it means (drawn as its label).
 */
public record ReferenceLevel(double value, String label) {
    public ReferenceLevel {
        Objects.requireNonNull(label);
    }
}
