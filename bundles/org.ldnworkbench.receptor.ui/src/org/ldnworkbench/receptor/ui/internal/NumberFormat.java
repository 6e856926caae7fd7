package org.ldnworkbench.receptor.ui.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Doses and percentages as the editor writes them in titles and summaries. */
final class NumberFormat {
    private NumberFormat() {
    }

    /** @return e.g. 4.5, 50, 0.75 */
    static String dose(double mg) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(mg);
    }

    /** @return e.g. 44.9 for 0.4488 */
    static String percent(double fraction) {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(100 * fraction);
    }
}
