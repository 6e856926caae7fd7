package org.ldnworkbench.inflammation.ui.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the inflammation editor writes them: three significant digits, plain where readable. */
final class Format {
    private Format() {
    }

    /** @return e.g. 1.48, 16.3, 3410, 0.0021 */
    static String concentration(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        double a = Math.abs(v);
        String pattern = a >= 100 ? "#,##0" : a >= 1 ? "0.##" : a >= 0.01 ? "0.###" : "0.###E0";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    /** @return e.g. 4.5, 50 */
    static String number(double v) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    /** @return a fraction in percent with enough digits for tiny values, e.g. 0.014, 0.35, 12.5 */
    static String percent(double fraction) {
        double p = 100 * fraction;
        String pattern = p >= 10 ? "0.#" : p >= 0.1 ? "0.##" : p >= 0.001 ? "0.####" : "0.##E0";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(p);
    }

    /** @return a ratio rounded to a readable whole, e.g. 2300 */
    static String fold(double ratio) {
        if (!Double.isFinite(ratio)) {
            return "-";
        }
        double rounded = ratio >= 100 ? Math.round(ratio / 10) * 10.0 : Math.round(ratio * 10) / 10.0;
        return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(rounded);
    }
}
