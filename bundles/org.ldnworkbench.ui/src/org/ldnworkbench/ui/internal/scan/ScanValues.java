package org.ldnworkbench.ui.internal.scan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;

/**
 * The values of a scan from a range: {@code points} values from {@code from} to {@code to}, evenly spaced or evenly
 * spaced on a log scale (0.5, 0.81, 1.3 ... 100 mg: each value a fixed factor above the one before, as dose-response
 * work spaces doses). The ends are exactly as typed: {@code exp(log(100))} is {@code 100.00000000000004}, which would
 * lie outside a range that ends at 100. The values between are rounded to {@value #DIGITS} significant digits, so that
 * the table, the CSV and a rerun with {@code ldnwb scan --values} read {@code 1.318} and not
 * {@code 1.3179079959546107}; more digits are kept where fewer would make two values equal. For a whole-number
 * parameter (a dose count) each value is rounded to a whole number and repeated values are dropped, so a log range of
 * counts may give fewer values than asked.
 */
public final class ScanValues {
    /** Significant digits the values between the ends keep when that leaves them distinct. */
    public static final int DIGITS = 4;

    /** How the values are spaced between the ends. */
    public enum Spacing {
        /** Each value a fixed step above the one before. */
        LINEAR,
        /** Each value a fixed factor above the one before; both ends must be above 0. */
        LOG
    }

    private ScanValues() {
    }

    /**
     * @param from the first value, below {@code to} (above 0 for {@link Spacing#LOG})
     * @param to the last value
     * @param points how many values, at least 2
     * @param spacing linear or log
     * @param whole whether the parameter takes whole numbers only (then {@code from} and {@code to} must be whole)
     * @return the values in increasing order, {@code from} first and {@code to} last
     * @throws IllegalArgumentException when the arguments break the rules above (the wizard checks them first, with a
     *         message for the user)
     */
    public static double[] of(double from, double to, int points, Spacing spacing, boolean whole) {
        if (!(Double.isFinite(from) && Double.isFinite(to) && from < to) || points < 2
                || spacing == Spacing.LOG && !(from > 0)
                || whole && (from != Math.rint(from) || to != Math.rint(to))) {
            throw new IllegalArgumentException("no scan of " + points + " " + spacing + " values from " + from
                    + " to " + to + (whole ? " (whole numbers)" : ""));
        }
        double[] exact = spaced(from, to, points, spacing);
        return whole ? distinctWhole(exact) : rounded(exact);
    }

    /** @return the values with the ends exactly {@code from} and {@code to}, unrounded between */
    static double[] spaced(double from, double to, int points, Spacing spacing) {
        double[] v = new double[points];
        for (int i = 0; i < points; i++) {
            double f = (double) i / (points - 1);
            v[i] = spacing == Spacing.LOG ? from * Math.pow(to / from, f) : from + i * (to - from) / (points - 1);
        }
        v[0] = from;
        v[points - 1] = to;
        return v;
    }

    /** @return the values between the ends at the fewest digits from {@value #DIGITS} that keep them increasing */
    private static double[] rounded(double[] exact) {
        for (int digits = DIGITS; digits < 17; digits++) {
            double[] r = exact.clone();
            for (int i = 1; i < r.length - 1; i++) {
                r[i] = round(r[i], digits);
            }
            if (increasing(r)) {
                return r;
            }
        }
        return exact;
    }

    /** @return {@code v} rounded to {@code digits} significant digits (the double nearest that decimal) */
    static double round(double v, int digits) {
        return v == 0 ? 0 : new BigDecimal(v).round(new MathContext(digits)).doubleValue();
    }

    private static double[] distinctWhole(double[] exact) {
        double[] r = new double[exact.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.rint(exact[i]);
        }
        return Arrays.stream(r).distinct().toArray();
    }

    private static boolean increasing(double[] v) {
        for (int i = 1; i < v.length; i++) {
            if (!(v[i] > v[i - 1])) {
                return false;
            }
        }
        return true;
    }
}
