package org.ldnworkbench.cli.internal;

import java.util.Locale;

import org.ldnworkbench.cli.command.UsageException;
import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.results.TimeseriesCsv;

/**
 * Number parsing and formatting for the command line (always with a dot as decimal separator); public for the
 * command API's whole-number options and the benchmark bundle's tables.
 */
public final class Numbers {
    private Numbers() {
    }

    /**
     * Parses a plain decimal number: an optional sign, digits with an optional fraction (or a fraction alone), an
     * optional exponent ({@code -1.5}, {@code 2e-3}, {@code .5}). {@link Double#parseDouble} alone would also take
     * {@code 4.5d}, {@code 1f}, {@code 0x1p2}, {@code  3 }, {@code Infinity} and {@code NaN}: forms no one means
     * on a command line and that hide typing mistakes.
     *
     * @param what the option for the message, e.g. {@code --set dosing.amount}
     * @throws UsageException naming the option and quoting the text
     */
    public static double parse(String text, String what) throws UsageException {
        if (text == null || !isPlainDecimal(text) || text.equals("-")) {
            throw new UsageException(what + ": " + Names.quote(text) + " is not a finite number (write a plain "
                    + "decimal such as 4.5, -1.5, .5 or 2e-3)");
        }
        double d = Double.parseDouble(text);
        if (!Double.isFinite(d)) {
            throw new UsageException(what + ": " + Names.quote(text) + " is not a finite number (too large)");
        }
        return d;
    }

    /**
     * @return whether {@code s} is {@code -} (a table's "no value") or a plain decimal number
     *         {@code [-+]?(digits[.digits?]|.digits)([eE][-+]?digits)?}; linear, for any text
     */
    static boolean isPlainDecimal(String s) {
        int n = s.length();
        if (n == 1 && s.charAt(0) == '-') {
            return true;
        }
        int i = 0;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int intDigits = digits(s, i);
        i += intDigits;
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            fracDigits = digits(s, i);
            i += fracDigits;
        }
        if (intDigits == 0 && fracDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int expDigits = digits(s, i);
            if (expDigits == 0) {
                return false;
            }
            i += expDigits;
        }
        return i == n;
    }

    /**
     * Parses a whole number of plain digits within a range ({@code 007} is 7; signs, spaces, {@code 1e3} and
     * {@code 0x10} are refused).
     *
     * @throws UsageException naming the option, the range and quoting the text
     */
    public static int parseCount(String text, String what, int min, int max) throws UsageException {
        int digits = text == null ? 0 : digits(text, 0);
        if (digits == 0 || digits != text.length()) {
            throw new UsageException(what + ": expected a whole number from " + min + " to " + max + ", got "
                    + Names.quote(text));
        }
        int zeros = 0;
        while (zeros < text.length() - 1 && text.charAt(zeros) == '0') {
            zeros++;
        }
        long v = text.length() - zeros > 10 ? Long.MAX_VALUE : Long.parseLong(text.substring(zeros));
        if (v < min || v > max) {
            throw new UsageException(what + ": expected a whole number from " + min + " to " + max + ", got "
                    + Names.quote(text));
        }
        return (int) v;
    }

    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /** Four significant digits, plain notation where readable. */
    public static String fmt(double v) {
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
    public static String exact(double v) {
        return TimeseriesCsv.number(v);
    }
}
