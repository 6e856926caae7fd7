package org.ldnworkbench.ui.internal.scan;

import org.ldnworkbench.core.metrics.ParameterScan;
import org.ldnworkbench.core.results.TimeseriesCsv;

/**
 * The Dose Scan view's table as text for the clipboard: tab-separated, the header with units, one line per run,
 * values in full precision (the shortest decimal that reads back exactly), which a spreadsheet pastes into cells.
 */
public final class ScanTableText {
    private ScanTableText() {
    }

    /**
     * @param rows the runs to copy, {@code i * scenarios + s} being value {@code i} under scenario {@code s}
     * @return the header line and one line per run, each ended by a line break
     */
    public static String of(ScanResult r, int[] rows) {
        StringBuilder text = new StringBuilder(ScanLabels.parameterColumn(r.settings().parameter()))
                .append('\t').append(Messages.View_scenario);
        for (ParameterScan.Metric m : r.settings().metrics()) {
            text.append('\t').append(ScanLabels.metric(m.spec()));
        }
        text.append(System.lineSeparator());
        int perValue = r.runNames().size();
        for (int run : rows) {
            text.append(TimeseriesCsv.number(r.result().values()[run / perValue])).append('\t')
                    .append(r.runNames().get(run % perValue));
            for (ParameterScan.Metric m : r.settings().metrics()) {
                text.append('\t').append(TimeseriesCsv.number(r.value(run, m)));
            }
            text.append(System.lineSeparator());
        }
        return text.toString();
    }
}
