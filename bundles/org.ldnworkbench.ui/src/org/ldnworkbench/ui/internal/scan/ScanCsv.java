package org.ldnworkbench.ui.internal.scan;

import org.ldnworkbench.core.metrics.ParameterScan;
import org.ldnworkbench.core.results.TimeseriesCsv;

/**
 * {@code scan.csv} in the format of {@code ldnwb scan}: a header {@code node.param,scenario,node.metric...}, then one
 * row per run (value by value, the scenarios of each value in order) with the value, the scenario's name ({@code -}
 * for a pipeline without scenarios) and the chosen metrics' plotted values, numbers as the core's CSV writes them
 * (the shortest decimal that reads back exactly). A tool that reads the command line's scans reads these.
 */
public final class ScanCsv {
    private ScanCsv() {
    }

    /** @return the CSV text, lines ended by {@code \n} */
    public static String text(ScanResult r) {
        StringBuilder csv = new StringBuilder(cell(r.settings().parameter().name())).append(",scenario");
        for (ParameterScan.Metric m : r.settings().metrics()) {
            csv.append(',').append(cell(m.name()));
        }
        csv.append('\n');
        int perValue = r.runNames().size();
        double[] values = r.result().values();
        for (int run = 0; run < r.result().runs(); run++) {
            csv.append(TimeseriesCsv.number(values[run / perValue])).append(',')
                    .append(cell(r.hasScenarios() ? textCell(r.runNames().get(run % perValue)) : "-"));
            for (ParameterScan.Metric m : r.settings().metrics()) {
                csv.append(',').append(TimeseriesCsv.number(r.value(run, m)));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /**
     * A free text for a spreadsheet: a leading {@code = + - @} would make a spreadsheet run it as a formula, so such
     * a text gets a leading apostrophe (as the command line writes it).
     */
    static String textCell(String s) {
        return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    private static String cell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
