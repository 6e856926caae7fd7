package org.ldnworkbench.ui.internal.results.live;

import java.math.BigDecimal;
import java.math.MathContext;

import org.ldnworkbench.core.mechanism.ParameterSpec;

/**
 * How the sweep slider's positions map to a parameter's values: linear over the declared range, or logarithmic when
 * the range spans more than two decades (a dose from 0.1 to 1000 mg would otherwise put every low dose into the
 * first few pixels). A range that starts at zero spans infinitely many decades: its first position is zero itself
 * and the others run logarithmically from {@link #FLOOR_DECADES} decades below the top. An unbounded side of a range
 * is replaced by {@link #OPEN_DECADES} decades around the current value, so that the slider still has ends.
 * <p>
 * Values between the ends are rounded to {@link #DIGITS} significant digits (whole numbers for an integer
 * parameter): what Apply writes into the pipeline reads as a number a person chose, not as a pixel's arithmetic.
 * The ends are exactly the range's bounds.
 *
 * @param min the value at position 0
 * @param max the value at position {@code steps}
 * @param log whether positions are logarithmic in the value
 * @param integer whether values are whole numbers
 * @param steps the number of slider steps between the ends
 */
public record SweepScale(double min, double max, boolean log, boolean integer, int steps) {
    /** Slider steps between the ends: finer than a pixel of a wide slider. */
    public static final int STEPS = 1000;
    /** Significant digits of the values between the ends. */
    public static final int DIGITS = 3;
    /** A range from zero is logarithmic from this many decades below its top. */
    public static final int FLOOR_DECADES = 4;
    /** An unbounded side reaches this many decades from the current value. */
    public static final int OPEN_DECADES = 2;
    /** A range spanning more decades than this is logarithmic. */
    private static final double LOG_SPAN = 100;

    public SweepScale {
        if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max) || steps < 2) {
            throw new IllegalArgumentException("a sweep needs finite ends min < max and at least 2 steps, not ["
                    + min + ", " + max + "] in " + steps);
        }
        if (log && min < 0) {
            throw new IllegalArgumentException("a logarithmic sweep cannot reach the negative value " + min);
        }
    }

    /**
     * @param spec the parameter's declaration
     * @param current its value now (centres an unbounded range)
     * @return the scale of the parameter's slider
     */
    public static SweepScale of(ParameterSpec spec, double current) {
        return of(spec.min(), spec.max(), spec.integer(), current);
    }

    /**
     * @param min the declared lower bound, may be -infinity
     * @param max the declared upper bound, may be +infinity
     * @param integer whether only whole numbers are allowed
     * @param current the value now
     * @return the slider's scale, or null when the range is a single value (nothing to sweep)
     */
    public static SweepScale of(double min, double max, boolean integer, double current) {
        double around = Math.max(Math.abs(current), 1);
        double lo = Double.isFinite(min) ? min : Math.min(current, 0) - around * Math.pow(10, OPEN_DECADES);
        double hi = Double.isFinite(max) ? max : Math.max(current, 0) + around * Math.pow(10, OPEN_DECADES);
        if (!(lo < hi)) {
            return null;
        }
        boolean log = lo >= 0 && (lo == 0 || hi / lo > LOG_SPAN);
        return new SweepScale(lo, hi, log, integer, STEPS);
    }

    /** @return the value at a slider position (clamped to the ends), rounded as the class says */
    public double value(int position) {
        if (position <= 0) {
            return min;
        }
        if (position >= steps) {
            return max;
        }
        double raw;
        if (!log) {
            raw = min + (max - min) * position / steps;
        } else if (min == 0) {
            raw = floor() * Math.pow(max / floor(), (position - 1) / (double) (steps - 1));
        } else {
            raw = min * Math.pow(max / min, position / (double) steps);
        }
        return Math.max(min, Math.min(max, round(raw)));
    }

    /** @return the slider position nearest to a value (clamped to the ends) */
    public int position(double value) {
        if (!(value > min)) {
            return 0;
        }
        if (value >= max) {
            return steps;
        }
        double p;
        if (!log) {
            p = (value - min) / (max - min) * steps;
        } else if (min == 0) {
            p = value <= floor() ? 1 : 1 + Math.log(value / floor()) / Math.log(max / floor()) * (steps - 1);
        } else {
            p = Math.log(value / min) / Math.log(max / min) * steps;
        }
        return (int) Math.max(0, Math.min(steps, Math.round(p)));
    }

    /** @return the lowest positive value of a logarithmic scale from zero */
    private double floor() {
        return max * Math.pow(10, -FLOOR_DECADES);
    }

    private double round(double v) {
        if (integer) {
            return Math.rint(v);
        }
        return v == 0 ? 0 : new BigDecimal(v).round(new MathContext(DIGITS)).doubleValue();
    }
}
