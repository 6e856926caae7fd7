package org.ldnworkbench.ui.internal.results;

import java.util.List;
import java.util.function.ToIntFunction;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.ldnworkbench.ui.internal.runs.ScenarioData;

/**
 * The differences table of a comparison: a reference scenario chosen above it (the first by default), then for each
 * metric every other scenario's value, the reference's, and the difference absolute and in percent.
 */
final class DifferencesPane implements CopySource {
    /** The data keys by which tests and accessibility find the table and the reference chooser. */
    static final String KEY = "results.differences";
    static final String REFERENCE_KEY = "results.reference";
    /** The metric and scenario columns are not wider than this (px), so that the differences stay in sight. */
    static final int MAX_LABEL_WIDTH = 220;

    private final Composite control;
    private final Combo reference;
    private final TableViewer viewer;
    private final Swatches swatches;
    private final ToIntFunction<ScenarioData> colour;
    private MetricsTable table = MetricsTable.of(List.of());
    private Differences differences = Differences.of(table, 0);

    DifferencesPane(Composite parent, Swatches swatches, ToIntFunction<ScenarioData> colour) {
        this.swatches = swatches;
        this.colour = colour;
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(0, 2).applyTo(control);
        new Label(control, SWT.NONE).setText(Messages.referenceLabel);
        reference = new Combo(control, SWT.READ_ONLY | SWT.DROP_DOWN);
        reference.setData(ResultsView.WIDGET_KEY, REFERENCE_KEY);
        reference.setToolTipText(Messages.referenceTooltip);
        GridDataFactory.swtDefaults().applyTo(reference);
        reference.addListener(SWT.Selection, e -> compareWith(reference.getSelectionIndex()));
        viewer = new TableViewer(control, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData(ResultsView.WIDGET_KEY, KEY);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(viewer.getTable());
        for (int i = 0; i < 6; i++) {
            TableViewerColumn c = new TableViewerColumn(viewer, i < 2 ? SWT.LEFT : SWT.RIGHT);
            c.setLabelProvider(new Cells(i));
        }
    }

    /** @return the pane (chooser and table) */
    Composite control() {
        return control;
    }

    /** @return the table widget */
    Table table() {
        return viewer.getTable();
    }

    /** @return the viewer (the selection provider of its context menu) */
    TableViewer viewer() {
        return viewer;
    }

    /** @return the differences shown */
    Differences differences() {
        return differences;
    }

    /** Shows the differences of {@code t}, keeping the reference scenario when a row of the same name is there. */
    void show(MetricsTable t) {
        String before = table.rows().isEmpty() ? null
                : table.rows().get(differences.reference()).label();
        boolean sameShape = !table.rows().isEmpty() && table.headers().equals(t.headers())
                && labels(table).equals(labels(t));
        table = t;
        List<String> labels = t.rows().stream().map(ResultRow::shownLabel).toList();
        int ref = before == null ? 0 : Math.max(0, t.rows().stream().map(ResultRow::label).toList().indexOf(before));
        if (sameShape) {
            // a re-run of the same pipeline: new values in the columns the user has sized
            differences = Differences.of(table, ref);
            viewer.setInput(differences.rows());
            return;
        }
        reference.setItems(labels.toArray(String[]::new));
        compareWith(ref);
    }

    private static List<String> labels(MetricsTable t) {
        return t.rows().stream().map(ResultRow::shownLabel).toList();
    }

    /** Compares every row with row {@code index} of the metrics table. */
    void compareWith(int index) {
        differences = Differences.of(table, index);
        if (!table.rows().isEmpty()) {
            reference.select(differences.reference());
        }
        reference.getParent().layout(true);
        List<String> headers = table.rows().isEmpty() ? List.of() : differences.headers();
        TableColumn[] columns = viewer.getTable().getColumns();
        for (int i = 0; i < columns.length; i++) {
            columns[i].setText(i < headers.size() ? headers.get(i) : "");
        }
        viewer.setInput(differences.rows());
        for (int i = 0; i < columns.length; i++) {
            columns[i].pack();
            int max = i < 2 ? MAX_LABEL_WIDTH : MetricsPane.MAX_METRIC_WIDTH;
            if (columns[i].getWidth() > max) {
                columns[i].setWidth(max);
            }
        }
    }

    @Override
    public String copyText() {
        IStructuredSelection selection = viewer.getStructuredSelection();
        List<Difference> chosen = selection.isEmpty() ? differences.rows()
                : differences.rows().stream().filter(d -> selection.toList().contains(d)).toList();
        return differences.copy(chosen);
    }

    private final class Cells extends ColumnLabelProvider {
        private final int column;

        Cells(int column) {
            this.column = column;
        }

        @Override
        public String getText(Object element) {
            Difference d = (Difference) element;
            if (column == 0) {
                return differences.firstOfMetric(d) ? table.headerOf(d.metric()) : "";
            }
            return Differences.cell(d, column);
        }

        @Override
        public Image getImage(Object element) {
            return column == 1 ? swatches.of(colour.applyAsInt(((Difference) element).row().scenario())) : null;
        }
    }
}
