package org.ldnworkbench.ui.internal.results;

import java.util.Locale;

import org.ldnworkbench.core.results.TimeseriesCsv;

/**
 * Numbers in the Results view's tables: four significant digits where a reader compares them (as the command line's
 * summary table prints them), full precision where they are copied into a spreadsheet (as in timeseries.csv). A
 * missing value (NaN) is an empty cell when copied and a dash when shown.
 */
public final class ValueText {
    /** What a table cell shows for a metric without a value. */
    public static final String MISSING = "\u2013";

    private ValueText() {
    }

    /** @return e.g. {@code 0.6123}, {@code 56}, {@code 1.250e-05}; {@value #MISSING} for NaN */
    public static String show(double v) {
        if (Double.isNaN(v)) {
            return MISSING;
        }
        if (v == 0) {
            return "0";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : "-\u221e";
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e6) {
            String s = String.format(Locale.ROOT, "%.4g", v);
            if (s.contains(".") && !s.contains("e")) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            return s;
        }
        return String.format(Locale.ROOT, "%.3e", v);
    }

    /** @return a relative difference in percent with a sign, e.g. {@code +12.5 %}; {@value #MISSING} for NaN */
    public static String percent(double v) {
        if (!Double.isFinite(v)) {
            return MISSING;
        }
        return (v > 0 ? "+" : "") + show(v) + " %";
    }

    /** @return a difference with a sign, e.g. {@code +0.25}; {@value #MISSING} for NaN */
    public static String signed(double v) {
        return Double.isFinite(v) && v > 0 ? "+" + show(v) : show(v);
    }

    /** @return the shortest text that reads back as {@code v}, empty for NaN (a spreadsheet's empty cell) */
    public static String exact(double v) {
        return Double.isNaN(v) ? "" : TimeseriesCsv.number(v);
    }
}
