package org.ldnworkbench.core.metrics;

/**
 * Reductions of a sampled series (t[i], v[i]), i in [from, to], linear between samples. Used for run and per-day
 * statistics and for declared metrics.
 *
 * @since 0.1
 */
public final class Series {
    private Series() {
    }

    /**
     * @return min, max, time of max, mean, AUC and last value over samples from..to (inclusive)
     * @since 0.1
     */
    public static PeriodStats stats(double[] t, double[] v, int from, int to) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double tMax = t[from];
        double auc = 0;
        for (int i = from; i <= to; i++) {
            if (v[i] < min) {
                min = v[i];
            }
            if (v[i] > max) {
                max = v[i];
                tMax = t[i];
            }
            if (i > from) {
                auc += 0.5 * (v[i] + v[i - 1]) * (t[i] - t[i - 1]);
            }
        }
        double duration = t[to] - t[from];
        double mean = duration > 0 ? auc / duration : v[from];
        return new PeriodStats(t[from], t[to], min, max, tMax, mean, auc, v[to]);
    }

    /**
     * @return time (h) during which the linear interpolant exceeds the threshold
     * @since 0.1
     */
    public static double timeAbove(double[] t, double[] v, int from, int to, double threshold) {
        double total = 0;
        for (int i = from + 1; i <= to; i++) {
            total += timeAboveStep(t[i - 1], v[i - 1], t[i], v[i], threshold);
        }
        return total;
    }

    /**
     * @return integral of max(v - threshold, 0) dt of the linear interpolant
     * @since 0.1
     */
    public static double areaAbove(double[] t, double[] v, int from, int to, double threshold) {
        double total = 0;
        for (int i = from + 1; i <= to; i++) {
            total += areaAboveStep(t[i - 1], v[i - 1], t[i], v[i], threshold);
        }
        return total;
    }

    /** @return the time above the threshold between two consecutive samples, linear between them */
    static double timeAboveStep(double t0, double v0, double t1, double v1, double threshold) {
        double a = v0 - threshold;
        double b = v1 - threshold;
        double dt = t1 - t0;
        if (a > 0 && b > 0) {
            return dt;
        } else if (a > 0 || b > 0) {
            double pos = Math.max(a, b);
            return dt * pos / (Math.abs(a) + Math.abs(b));
        }
        return 0;
    }

    /** @return the area above the threshold between two consecutive samples, linear between them */
    static double areaAboveStep(double t0, double v0, double t1, double v1, double threshold) {
        double a = v0 - threshold;
        double b = v1 - threshold;
        double dt = t1 - t0;
        if (a >= 0 && b >= 0) {
            return 0.5 * (a + b) * dt;
        } else if (a > 0 || b > 0) {
            double pos = Math.max(a, b);
            double frac = pos / (Math.abs(a) + Math.abs(b));
            return 0.5 * pos * frac * dt;
        }
        return 0;
    }
}
