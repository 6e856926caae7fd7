package org.ldnworkbench.ui.internal.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ldnworkbench.ui.internal.runs.MetricColumn;
import org.ldnworkbench.ui.internal.runs.RunData;
import org.ldnworkbench.ui.internal.runs.ScenarioData;

/**
 * The metrics table of the shown runs, without widgets: one row per scenario of each run, one column per metric
 * (the union over the runs, in order of first appearance, so that runs of different pipelines still line up where
 * they share metrics), sorting and the text that Copy puts on the clipboard. Column 0 is the row's label, the
 * metrics follow from column 1.
 */
public final class MetricsTable {
    private final List<MetricColumn> metrics;
    private final List<ResultRow> rows;

    private MetricsTable(List<MetricColumn> metrics, List<ResultRow> rows) {
        this.metrics = List.copyOf(metrics);
        this.rows = List.copyOf(rows);
    }

    /** @return the table of {@code runs}, rows in run order then scenario order */
    public static MetricsTable of(List<RunData> runs) {
        Map<String, MetricColumn> byName = new LinkedHashMap<>();
        for (RunData run : runs) {
            for (MetricColumn m : run.metrics()) {
                byName.putIfAbsent(m.name(), m);
            }
        }
        List<MetricColumn> columns = new ArrayList<>(byName.values());
        List<ResultRow> rows = new ArrayList<>();
        for (RunData run : runs) {
            for (ScenarioData s : run.scenarios()) {
                rows.add(new ResultRow(LineLabels.scenario(run, s, runs), s, values(run, s, columns)));
            }
        }
        return new MetricsTable(columns, rows);
    }

    private static double[] values(RunData run, ScenarioData s, List<MetricColumn> columns) {
        double[] v = new double[columns.size()];
        for (int c = 0; c < v.length; c++) {
            v[c] = Double.NaN;
            for (int m = 0; m < run.metrics().size(); m++) {
                if (run.metrics().get(m).name().equals(columns.get(c).name())) {
                    v[c] = s.metrics()[m];
                    break;
                }
            }
        }
        return v;
    }

    /** @return the metric columns, in table order (table column {@code i + 1}) */
    public List<MetricColumn> metrics() {
        return metrics;
    }

    /** @return the rows in run and scenario order */
    public List<ResultRow> rows() {
        return rows;
    }

    /** @return the column headers: the label column, then {@code label [unit]} per metric */
    public List<String> headers() {
        List<String> h = new ArrayList<>();
        h.add(Messages.columnScenario);
        for (MetricColumn m : metrics) {
            h.add(headerOf(m));
        }
        return h;
    }

    /**
     * @return {@link #header}, followed by the metric's node in parentheses when another metric of this table has the
     *         same header (two nodes of one mechanism, e.g. two dosing arms with a pk node each)
     */
    public String headerOf(MetricColumn m) {
        String plain = header(m);
        boolean shared = metrics.stream().filter(o -> header(o).equals(plain)).count() > 1;
        int dot = m.name().indexOf('.');
        return shared && dot > 0 ? plain + " (" + m.name().substring(0, dot) + ")" : plain;
    }

    /** @return {@code label [unit]}, or the label alone for a metric without unit */
    public static String header(MetricColumn m) {
        return m.unit().isBlank() ? m.label() : m.label() + " [" + m.unit() + "]";
    }

    /** @return the text a table cell shows */
    public String cell(ResultRow row, int column) {
        return column == 0 ? row.shownLabel() : ValueText.show(row.values()[column - 1]);
    }

    /**
     * The rows sorted by a column, as a click on its header asks: labels alphabetically, metrics numerically with
     * rows without a value (NaN) last in either direction; equal rows keep their order.
     *
     * @param column 0 for the label, {@code i + 1} for metric {@code i}
     * @param ascending the direction
     */
    public List<ResultRow> sorted(int column, boolean ascending) {
        Comparator<ResultRow> order;
        if (column == 0) {
            Comparator<ResultRow> byLabel = Comparator.comparing(ResultRow::label, String.CASE_INSENSITIVE_ORDER);
            order = ascending ? byLabel : byLabel.reversed();
        } else {
            order = numeric(r -> r.values()[column - 1], ascending);
        }
        List<ResultRow> sorted = new ArrayList<>(rows);
        sorted.sort(order);
        return sorted;
    }

    /** @return a comparator on a number with NaN after every value, whichever the direction */
    public static <T> Comparator<T> numeric(java.util.function.ToDoubleFunction<T> value, boolean ascending) {
        return (a, b) -> {
            double x = value.applyAsDouble(a);
            double y = value.applyAsDouble(b);
            boolean xMissing = Double.isNaN(x);
            boolean yMissing = Double.isNaN(y);
            if (xMissing || yMissing) {
                return Boolean.compare(xMissing, yMissing);
            }
            return ascending ? Double.compare(x, y) : Double.compare(y, x);
        };
    }

    /**
     * The text Copy puts on the clipboard: the header line, then one line per row, tab-separated, numbers in full
     * precision (empty for a metric without value), lines ended by {@code \n}.
     *
     * @param chosen the rows to copy, in the order shown
     */
    public String copy(List<ResultRow> chosen) {
        StringBuilder t = new StringBuilder();
        line(t, headers());
        for (ResultRow r : chosen) {
            List<String> cells = new ArrayList<>();
            cells.add(r.shownLabel());
            for (double v : r.values()) {
                cells.add(ValueText.exact(v));
            }
            line(t, cells);
        }
        return t.toString();
    }

    /** Appends cells as one tab-separated line; tabs and line breaks inside a cell become spaces. */
    public static void line(StringBuilder t, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                t.append('\t');
            }
            t.append(cells.get(i).replaceAll("[\t\r\n]", " "));
        }
        t.append('\n');
    }
}
