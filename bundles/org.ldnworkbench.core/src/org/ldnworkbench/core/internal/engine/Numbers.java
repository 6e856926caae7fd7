package org.ldnworkbench.core.internal.engine;

import java.util.Locale;

/** Numbers in run messages: a few significant digits, no trailing zeros ({@code -3.2e+05}, {@code 12.5}, {@code 0}). */
final class Numbers {
    private Numbers() {
    }

    /** @return {@code v} with {@code digits} significant digits, trailing zeros of the mantissa dropped */
    static String compact(double v, int digits) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%." + digits + "g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        if (mantissa.indexOf('.') >= 0) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return e < 0 ? mantissa : mantissa + s.substring(e);
    }

    /** @return a value with its unit, the unit left out when dimensionless ("-") */
    static String withUnit(double v, String unit) {
        return compact(v, 3) + (unit.isEmpty() || unit.equals("-") ? "" : " " + unit);
    }

    /** @return a time for messages, to six significant digits */
    static String time(double t) {
        return compact(t, 6);
    }
}
