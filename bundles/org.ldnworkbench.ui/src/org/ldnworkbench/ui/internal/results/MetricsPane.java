package org.ldnworkbench.ui.internal.results;

import java.util.List;
import java.util.function.ToIntFunction;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.ldnworkbench.charts.core.TimeAxis;
import org.ldnworkbench.ui.internal.runs.ScenarioData;

/**
 * The metrics table of the Results view: one row per scenario of each shown run (with its chart colour), one column
 * per metric headed {@code label [unit]}; a click on a header sorts by that column (again: the other direction), and
 * Copy copies the selected rows, or all of them, as tab-separated text with the header.
 */
final class MetricsPane implements CopySource {
    /** The data key by which tests and accessibility find the table. */
    static final String KEY = "results.metrics";
    /**
     * Metric columns are not wider than this (px): headers such as "Peak plasma naltrexone (last day) [ng/mL]" are
     * cut (the whole header is the column's tooltip), so that the values stay in sight beside the scenarios.
     */
    static final int MAX_METRIC_WIDTH = 180;

    private final TableViewer viewer;
    private final Swatches swatches;
    private final ToIntFunction<ScenarioData> colour;
    private MetricsTable table = MetricsTable.of(List.of());
    private int sortColumn = -1;
    private boolean ascending = true;

    /**
     * @param swatches the colour squares shown before each row
     * @param colour the palette index of a scenario in the charts
     */
    MetricsPane(Composite parent, Swatches swatches, ToIntFunction<ScenarioData> colour) {
        this.swatches = swatches;
        this.colour = colour;
        viewer = new TableViewer(parent, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData(ResultsView.WIDGET_KEY, KEY);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
    }

    /** @return the table widget */
    Table control() {
        return viewer.getTable();
    }

    /** @return the viewer (the selection provider of its context menu) */
    TableViewer viewer() {
        return viewer;
    }

    /** @return the model shown */
    MetricsTable table() {
        return table;
    }

    /** Shows {@code t}, with new columns; the sort column is kept when it still exists. */
    void show(MetricsTable t) {
        boolean sameColumns = table != null && table.headers().equals(t.headers());
        table = t;
        if (sameColumns) {
            refresh(); // a re-run of the same pipeline: new values, the user's column widths and order kept
            return;
        }
        Table widget = viewer.getTable();
        widget.setRedraw(false);
        try {
            for (TableColumn c : widget.getColumns()) {
                c.dispose();
            }
            List<String> headers = t.headers();
            for (int i = 0; i < headers.size(); i++) {
                column(i, headers.get(i));
            }
            if (sortColumn >= headers.size()) {
                sortColumn = -1;
            }
            refresh();
            TableColumn[] columns = widget.getColumns();
            for (int i = 0; i < columns.length; i++) {
                columns[i].pack();
                if (i > 0 && columns[i].getWidth() > MAX_METRIC_WIDTH) {
                    columns[i].setWidth(MAX_METRIC_WIDTH);
                }
            }
        } finally {
            widget.setRedraw(true);
        }
    }

    private void column(int index, String header) {
        TableViewerColumn c = new TableViewerColumn(viewer, index == 0 ? SWT.LEFT : SWT.RIGHT);
        c.getColumn().setText(header);
        c.getColumn().setToolTipText(index == 0 ? null : header + " (" + table.metrics().get(index - 1).name() + ")");
        c.getColumn().setMoveable(index > 0);
        c.setLabelProvider(new Cells(index));
        c.getColumn().addListener(SWT.Selection, e -> sortBy(index));
    }

    /** Sorts by {@code column} (0 the scenario, then the metrics), ascending first, then the other way. */
    void sortBy(int column) {
        ascending = column == sortColumn ? !ascending : true;
        sortColumn = column;
        refresh();
    }

    private void refresh() {
        Table widget = viewer.getTable();
        if (sortColumn < 0) {
            viewer.setInput(table.rows());
            widget.setSortColumn(null);
            widget.setSortDirection(SWT.NONE);
        } else {
            viewer.setInput(table.sorted(sortColumn, ascending));
            widget.setSortColumn(widget.getColumn(sortColumn));
            widget.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        }
    }

    /** @return the rows in the order shown */
    @SuppressWarnings("unchecked")
    List<ResultRow> shownRows() {
        return (List<ResultRow>) viewer.getInput();
    }

    @Override
    public String copyText() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        List<ResultRow> rows = shownRows();
        List<ResultRow> chosen = selection.isEmpty() ? rows
                : rows.stream().filter(r -> selection.toList().contains(r)).toList();
        return table.copy(chosen);
    }

    /** One column's text; the label column with the scenario's colour, partial rows in the error colour. */
    private final class Cells extends ColumnLabelProvider {
        private final int column;

        Cells(int column) {
            this.column = column;
        }

        @Override
        public String getText(Object element) {
            return table.cell((ResultRow) element, column);
        }

        @Override
        public Image getImage(Object element) {
            return column == 0 ? swatches.of(colour.applyAsInt(((ResultRow) element).scenario())) : null;
        }

        @Override
        public Color getForeground(Object element) {
            return ((ResultRow) element).partial() ? viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_RED)
                    : null;
        }

        @Override
        public String getToolTipText(Object element) {
            ResultRow r = (ResultRow) element;
            if (column == 0) {
                return r.partial() ? r.label() + " " + LineLabels.partial(r.scenario(),
                        TimeAxis.HOURS) : r.label();
            }
            return ValueText.exact(r.values()[column - 1]);
        }
    }
}
