package org.ldnworkbench.ui.internal.results;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * The differences table of a comparison, without widgets: for each metric (in the metrics table's order), each
 * scenario other than the reference with its value, the reference's value, and the difference absolute and in
 * percent. It answers "how much does LDN differ from 50 mg in rebound hours per day" without mental arithmetic.
 */
public final class Differences {
    private final MetricsTable table;
    private final int reference;
    private final List<Difference> rows;

    private Differences(MetricsTable table, int reference, List<Difference> rows) {
        this.table = table;
        this.reference = reference;
        this.rows = List.copyOf(rows);
    }

    /** @return whether a comparison means something: more than one row (scenarios of one run, or several runs) */
    public static boolean applies(MetricsTable table) {
        return table.rows().size() > 1 && !table.metrics().isEmpty();
    }

    /**
     * @param table the metrics table of the shown runs
     * @param reference the index of the reference row in {@code table.rows()}; out of range means the first
     */
    public static Differences of(MetricsTable table, int reference) {
        int ref = reference >= 0 && reference < table.rows().size() ? reference : 0;
        List<Difference> rows = new ArrayList<>();
        if (table.rows().isEmpty()) {
            return new Differences(table, ref, rows);
        }
        ResultRow base = table.rows().get(ref);
        for (int m = 0; m < table.metrics().size(); m++) {
            for (int r = 0; r < table.rows().size(); r++) {
                if (r != ref) {
                    ResultRow row = table.rows().get(r);
                    rows.add(Difference.of(table.metrics().get(m), row, row.values()[m], base.values()[m]));
                }
            }
        }
        return new Differences(table, ref, rows);
    }

    /** @return the index of the reference row in the metrics table */
    public int reference() {
        return reference;
    }

    /** @return the reference row */
    public ResultRow referenceRow() {
        return table.rows().get(reference);
    }

    /** @return one difference per metric and compared scenario, grouped by metric */
    public List<Difference> rows() {
        return rows;
    }

    /** @return the headers: metric, scenario, value, reference's value (named), difference, difference in % */
    public List<String> headers() {
        return List.of(Messages.columnMetric, Messages.columnScenario, Messages.columnValue,
                NLS.bind(Messages.columnReference, referenceRow().shownLabel()),
                Messages.columnDifference, Messages.columnRelative);
    }

    /**
     * @return the text of a cell as the table shows it, except that the table names each metric only on the first
     *         row of its group ({@link #firstOfMetric})
     */
    public static String cell(Difference d, int column) {
        return switch (column) {
            case 0 -> MetricsTable.header(d.metric());
            case 1 -> d.row().shownLabel();
            case 2 -> ValueText.show(d.value());
            case 3 -> ValueText.show(d.reference());
            case 4 -> d.negligible() ? "0" : ValueText.signed(d.absolute());
            default -> d.negligible() && Double.isFinite(d.relativePercent()) ? "0 %"
                    : ValueText.percent(d.relativePercent());
        };
    }

    /** @return whether {@code d} is the first row of its metric (the table names the metric there only) */
    public boolean firstOfMetric(Difference d) {
        int i = rows.indexOf(d);
        return i <= 0 || !rows.get(i - 1).metric().equals(d.metric());
    }

    /** @return the text Copy puts on the clipboard: header and rows, tab-separated, numbers in full precision */
    public String copy(List<Difference> chosen) {
        StringBuilder t = new StringBuilder();
        MetricsTable.line(t, headers());
        for (Difference d : chosen) {
            MetricsTable.line(t, List.of(table.headerOf(d.metric()), d.row().shownLabel(),
                    ValueText.exact(d.value()), ValueText.exact(d.reference()), ValueText.exact(d.absolute()),
                    ValueText.exact(d.relativePercent())));
        }
        return t.toString();
    }
}
