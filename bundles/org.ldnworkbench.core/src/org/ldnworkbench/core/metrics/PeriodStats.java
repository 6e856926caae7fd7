package org.ldnworkbench.core.metrics;

/**
 * Statistics of one output over one period, computed on the output grid with the trapezoidal rule: minimum,
 * maximum, time of maximum, mean (area divided by duration), area under the curve, final value.
 *
 * @since 0.1
 */
public final class PeriodStats {
    private final double from;
    private final double to;
    private final double min;
    private final double max;
    private final double timeOfMax;
    private final double mean;
    private final double auc;
    private final double last;

    PeriodStats(double from, double to, double min, double max, double timeOfMax, double mean, double auc,
            double last) {
        this.from = from;
        this.to = to;
        this.min = min;
        this.max = max;
        this.timeOfMax = timeOfMax;
        this.mean = mean;
        this.auc = auc;
        this.last = last;
    }

    /** @return start of the period (h) */
    public double from() { return from; }
    /** @return end of the period (h) */
    public double to() { return to; }
    public double min() { return min; }
    public double max() { return max; }
    /** @return time (h) of the first maximum */
    public double timeOfMax() { return timeOfMax; }
    public double mean() { return mean; }
    /** @return area under the curve (unit x h) */
    public double auc() { return auc; }
    /** @return the value at the end of the period */
    public double last() { return last; }
}
