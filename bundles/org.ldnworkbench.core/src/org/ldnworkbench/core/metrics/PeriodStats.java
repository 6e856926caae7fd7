package org.ldnworkbench.core.metrics;

/**
 * Statistics of one output over one period, computed on the output grid with the trapezoidal rule: minimum,
 * maximum, time of maximum, mean (area divided by duration), area under the curve, final value.
 *
 * @param from start of the period (h)
 * @param to end of the period (h)
 * @param min the smallest value
 * @param max the largest value
 * @param timeOfMax time (h) of the first maximum
 * @param mean area divided by duration; the value at {@code from} for a period of no duration
 * @param auc area under the curve (unit x h)
 * @param last the value at the end of the period
 *
 * @since 0.1
 * @noinstantiate This record is not intended to be instantiated by clients; {@link Series#stats} computes it.
 */
public record PeriodStats(double from, double to, double min, double max, double timeOfMax, double mean, double auc,
        double last) {
}
