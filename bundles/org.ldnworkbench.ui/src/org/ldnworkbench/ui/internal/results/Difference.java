package org.ldnworkbench.ui.internal.results;

import org.ldnworkbench.ui.internal.runs.MetricColumn;

/**
 * How one scenario differs from the reference scenario in one metric.
 *
 * @param metric the metric
 * @param row the scenario compared
 * @param value its value (NaN when it has none)
 * @param reference the reference scenario's value (NaN when it has none)
 * @param absolute {@code value - reference}
 * @param relativePercent {@code 100 (value - reference) / |reference|}, NaN when the reference is 0 or missing
 */
public record Difference(MetricColumn metric, ResultRow row, double value, double reference, double absolute,
        double relativePercent) {

    /** @return the difference of {@code value} to {@code reference} */
    public static Difference of(MetricColumn metric, ResultRow row, double value, double reference) {
        double absolute = value - reference;
        double relative = reference == 0 || !Double.isFinite(reference) ? Double.NaN
                : 100 * absolute / Math.abs(reference);
        return new Difference(metric, row, value, reference, absolute, relative);
    }
}
