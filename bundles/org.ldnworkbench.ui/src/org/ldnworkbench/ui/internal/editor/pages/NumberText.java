package org.ldnworkbench.ui.internal.editor.pages;

import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * Numbers as users type and read them in the editor's pages. Parsing accepts plain decimals and scientific notation
 * ({@code 4.5}, {@code .5}, {@code 1e-8}) only: {@link Double#parseDouble} alone would also take {@code NaN},
 * {@code Infinity}, hexadecimal and a trailing {@code d}, none of which belongs in a pipeline file, and would read
 * a number too small for a double ({@code 1e-400}) as 0 without a word. Showing gives the
 * shortest text that reads back as the same double, without a {@code .0} on whole numbers.
 */
public final class NumberText {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    /** A digit other than 0 before any exponent: the text is not zero, even if it reads as 0.0. */
    private static final Pattern NONZERO_MANTISSA = Pattern.compile("^[^eE]*[1-9]");
    /** Whole numbers below this are shown without exponent. */
    private static final double PLAIN_LIMIT = 1e15;

    /**
     * A parsed text: the value, or why the text is not one.
     *
     * @param value the number (NaN when refused)
     * @param problem null when the text is a number, otherwise the message for the user
     */
    public record Parsed(double value, String problem) {
        /** @return whether the text gave a number */
        public boolean ok() {
            return problem == null;
        }

        static Parsed of(double value) {
            return new Parsed(value, null);
        }

        static Parsed refused(String problem) {
            return new Parsed(Double.NaN, problem);
        }
    }

    private NumberText() {
    }

    /**
     * @param text what the user typed (surrounding blanks are ignored)
     * @return the finite number, or a message quoting the text
     */
    public static Parsed parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Parsed.refused(Messages.NumberText_empty);
        }
        if (!DECIMAL.matcher(t).matches()) {
            return Parsed.refused(NLS.bind(Messages.NumberText_notANumber, quote(t)));
        }
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v)) {
            return Parsed.refused(NLS.bind(Messages.NumberText_tooLarge, quote(t)));
        }
        if (v == 0 && NONZERO_MANTISSA.matcher(t).find()) {
            return Parsed.refused(NLS.bind(Messages.NumberText_tooSmall, quote(t)));
        }
        return Parsed.of(v);
    }

    /**
     * @param v a value
     * @return e.g. {@code 4.5}, {@code 56}, {@code 1e-8}, {@code 0.0591}
     */
    public static String show(double v) {
        if (v == Math.rint(v) && Math.abs(v) < PLAIN_LIMIT) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + s.substring(e + 1);
    }

    /**
     * @param min lower bound, may be infinite
     * @param max upper bound, may be infinite
     * @return e.g. {@code [0.1, 5]} or {@code [0, inf)}
     */
    public static String range(double min, double max) {
        return (min == Double.NEGATIVE_INFINITY ? "(-inf" : "[" + show(min)) + ", "
                + (max == Double.POSITIVE_INFINITY ? "inf)" : show(max) + "]");
    }

    private static String quote(String t) {
        return org.ldnworkbench.core.pipeline.Names.quote(t, 40);
    }
}
