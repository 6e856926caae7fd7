package org.ldnworkbench.rebound.ui.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the rebound editor writes them. */
final class Format {
    private Format() {
    }

    /** @return e.g. 4.5, 1.05, 20 */
    static String number(double v) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    /** @return e.g. 90 for 0.9 */
    static String percent(double fraction) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(100 * fraction);
    }
}
