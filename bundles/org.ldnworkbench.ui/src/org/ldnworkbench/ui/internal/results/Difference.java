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
    /**
     * Differences smaller than this share of the larger value are shown as 0: two scenarios that share a
     * mechanism's inputs (the plasma levels under either receptor hypothesis) differ there by the integrator's
     * round-off only, far below the four digits the table shows, and "+2.4e-09" would read as a finding.
     */
    public static final double NEGLIGIBLE = 1e-6;

    /** @return whether the difference is round-off: below {@link #NEGLIGIBLE} of the larger magnitude */
    public boolean negligible() {
        return Math.abs(absolute) <= NEGLIGIBLE * Math.max(Math.abs(value), Math.abs(reference));
    }

    /** @return the difference of {@code value} to {@code reference} */
    public static Difference of(MetricColumn metric, ResultRow row, double value, double reference) {
        double absolute = value - reference;
        double relative = reference == 0 || !Double.isFinite(reference) ? Double.NaN
                : 100 * absolute / Math.abs(reference);
        return new Difference(metric, row, value, reference, absolute, relative);
    }
}
