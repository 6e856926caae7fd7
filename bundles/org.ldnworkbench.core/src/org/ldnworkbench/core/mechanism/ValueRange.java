package org.ldnworkbench.core.mechanism;

/**
 * The values a state or a continuous output takes in every valid run, both ends inclusive; an infinite end is no
 * bound. Declared in plugin.xml ({@code min}/{@code max} on {@code state} and {@code output}) where the science
 * leaves no doubt (an amount is never negative, an occupancy never above 1), so that the simulator can recognise
 * what no valid run produces: a value outside the range by more than the integration's round-off means that the
 * integration is inaccurate or unstable, and the run stops instead of reporting it.
 *
 * @param min the smallest valid value, or negative infinity
 * @param max the largest valid value, or positive infinity
 *
 * @since 0.1
 */
public record ValueRange(double min, double max) {
    /**
     * No bound at either end.
     *
     * @since 0.1
     */
    public static final ValueRange ANY = new ValueRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    /**
     * @throws IllegalArgumentException when an end is NaN, min is above max, or the range is empty
     * @since 0.1
     */
    public ValueRange {
        if (Double.isNaN(min) || Double.isNaN(max) || min == Double.POSITIVE_INFINITY
                || max == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("a range needs a minimum below +infinity and a maximum above "
                    + "-infinity, not [" + min + ", " + max + "]");
        }
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is above max " + max);
        }
    }

    /**
     * @return whether at least one end is finite
     * @since 0.1
     */
    public boolean isBounded() {
        return min > Double.NEGATIVE_INFINITY || max < Double.POSITIVE_INFINITY;
    }

    /**
     * @return whether {@code value} lies inside the range (false for NaN)
     * @since 0.1
     */
    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /** @return e.g. {@code [0, 1]}, {@code [0, inf)} or {@code (-inf, inf)} */
    @Override
    public String toString() {
        return (min == Double.NEGATIVE_INFINITY ? "(-inf" : "[" + compact(min)) + ", "
                + (max == Double.POSITIVE_INFINITY ? "inf)" : compact(max) + "]");
    }

    private static String compact(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
