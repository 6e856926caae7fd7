package org.ldnworkbench.cli.internal;

import java.util.Locale;

import org.ldnworkbench.core.results.TimeseriesCsv;

/** Number parsing and formatting for the command line (always with a dot as decimal separator). */
final class Numbers {
    private Numbers() {
    }

    static double parse(String text, String what) throws UsageException {
        try {
            double d = Double.parseDouble(text.trim());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException | NullPointerException e) {
            throw new UsageException(what + ": '" + text + "' is not a finite number");
        }
    }

    /** Four significant digits, plain notation where readable. */
    static String fmt(double v) {
        if (v == 0) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e6) {
            String s = String.format(Locale.ROOT, "%.4g", v);
            if (s.contains("e")) {
                return s;
            }
            if (s.contains(".")) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
            return s;
        }
        return String.format(Locale.ROOT, "%.3e", v);
    }

    /** Full precision for files: shortest representation that reads back exactly, as in timeseries.csv. */
    static String exact(double v) {
        return TimeseriesCsv.number(v);
    }
}
