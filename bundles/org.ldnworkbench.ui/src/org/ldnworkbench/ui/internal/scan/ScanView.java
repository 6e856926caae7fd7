package org.ldnworkbench.ui.internal.scan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.part.ViewPart;
import org.ldnworkbench.charts.core.ChartPalette;
import org.ldnworkbench.charts.ui.ChartCanvas;
import org.ldnworkbench.charts.ui.ChartExportDialog;
import org.ldnworkbench.core.metrics.ParameterScan;
import org.ldnworkbench.ui.internal.editor.pages.NumberText;
import org.ldnworkbench.ui.internal.preferences.WorkbenchPreferences;

/**
 * The Dose Scan view: the last scan's metrics against the scanned parameter, one chart per metric (a tab each, one
 * line per scenario, zoom and hover of the chart canvas, Export... for PNG, SVG, PDF or the plotted data as CSV) above
 * a table of every run's values. Edit &gt; Copy (Ctrl+C) copies the selected rows of the table, or all of it, as
 * tab-separated text with its header, values in full precision, ready for a spreadsheet.
 */
public final class ScanView extends ViewPart {
    private Composite root;
    private Label summary;
    private CTabFolder charts;
    private Table table;
    private ScanResult shown;
    private final List<ChartCanvas> canvases = new ArrayList<>();

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(root);
        summary = new Label(root, SWT.WRAP);
        summary.setData(ScanIds.WIDGET_KEY, ScanIds.SUMMARY);
        summary.setText(Messages.View_empty);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(summary);
        SashForm sash = new SashForm(root, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        charts = new CTabFolder(sash, SWT.BORDER | SWT.FLAT);
        ToolBar bar = new ToolBar(charts, SWT.FLAT);
        ToolItem export = new ToolItem(bar, SWT.PUSH);
        export.setText(Messages.View_export);
        export.setToolTipText(Messages.View_exportTooltip);
        export.addListener(SWT.Selection, e -> exportSelected());
        charts.setTopRight(bar);
        table = new Table(sash, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(ScanIds.WIDGET_KEY, ScanIds.TABLE);
        sash.setWeights(70, 30);
        copyCommand();
    }

    /**
     * Edit &gt; Copy (Ctrl+C) and the table's context menu copy the table: the command framework's copy, whose
     * handler the view's site activates only while the view is the active part.
     */
    private void copyCommand() {
        getSite().getService(IHandlerService.class).activateHandler(IWorkbenchCommandConstants.EDIT_COPY,
                new AbstractHandler() {
                    @Override
                    public Object execute(ExecutionEvent event) {
                        copyTable();
                        return null;
                    }
                });
        MenuManager menu = new MenuManager();
        menu.add(new CommandContributionItem(new CommandContributionItemParameter(getSite(), null,
                IWorkbenchCommandConstants.EDIT_COPY, CommandContributionItem.STYLE_PUSH)));
        table.setMenu(menu.createContextMenu(table));
    }

    @Override
    public void setFocus() {
        (shown == null ? root : table).setFocus();
    }

    /** @return the scan shown, or null */
    public ScanResult shown() {
        return shown;
    }

    /** @return the chart canvases, one per metric, in the order of the scan's metrics */
    public List<ChartCanvas> canvases() {
        return List.copyOf(canvases);
    }

    /** Shows a scan in place of the one shown. */
    public void show(ScanResult r) {
        shown = r;
        summary.setText(summary(r));
        for (CTabItem item : charts.getItems()) {
            item.getControl().dispose();
            item.dispose();
        }
        canvases.clear();
        ChartPalette palette = ChartPalette.named(WorkbenchPreferences.chartPalette());
        for (ParameterScan.Metric m : r.settings().metrics()) {
            CTabItem item = new CTabItem(charts, SWT.NONE);
            item.setText(m.spec().label());
            item.setToolTipText(ScanLabels.metric(m.spec()) + " (" + m.name() + ")");
            ChartCanvas canvas = new ChartCanvas(charts, SWT.NONE);
            canvas.setData(ScanIds.WIDGET_KEY, ScanIds.CHART);
            canvas.setData(ScanIds.CHART, m.name());
            canvas.setChart(ScanCharts.chart(r, m, palette));
            item.setControl(canvas);
            canvases.add(canvas);
        }
        if (charts.getItemCount() > 0) {
            charts.setSelection(0);
        }
        fillTable(r);
        root.layout(true, true);
    }

    private static String summary(ScanResult r) {
        ScanSettings s = r.settings();
        double[] v = r.result().values();
        String unit = s.parameter().unit().isEmpty() ? "" : " " + s.parameter().unit();
        String spacing = s.spacing() == ScanValues.Spacing.LOG ? Messages.View_log : Messages.View_linear;
        Path folder = r.folder();
        return NLS.bind(Messages.View_summary, new Object[] { s.pipeline().name(), s.parameter().name(), v.length,
                NumberText.show(v[0]), NumberText.show(v[v.length - 1]) + unit, spacing, r.runNames().size(),
                folder == null ? "-" : folder.getParent().getFileName() + "/" + folder.getFileName() });
    }

    private void fillTable(ScanResult r) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn c : table.getColumns()) {
                c.dispose();
            }
            for (String header : header(r)) {
                new TableColumn(table, SWT.RIGHT).setText(header);
            }
            table.getColumn(1).setAlignment(SWT.LEFT);
            int perValue = r.runNames().size();
            for (int run = 0; run < r.result().runs(); run++) {
                List<String> row = new ArrayList<>();
                row.add(NumberText.show(r.result().values()[run / perValue]));
                row.add(r.runNames().get(run % perValue));
                for (ParameterScan.Metric m : r.settings().metrics()) {
                    row.add(NumberText.show(ScanValues.round(r.value(run, m), ScanValues.DIGITS)));
                }
                new TableItem(table, SWT.NONE).setText(row.toArray(String[]::new));
            }
            for (TableColumn c : table.getColumns()) {
                c.pack();
            }
        } finally {
            table.setRedraw(true);
        }
    }

    private static List<String> header(ScanResult r) {
        List<String> h = new ArrayList<>();
        h.add(ScanLabels.parameterColumn(r.settings().parameter()));
        h.add(Messages.View_scenario);
        r.settings().metrics().forEach(m -> h.add(ScanLabels.metric(m.spec())));
        return h;
    }

    /** Copies the selected rows (all rows when none is selected) with the header, values in full precision. */
    void copyTable() {
        if (shown == null) {
            return;
        }
        int[] rows = table.getSelectionCount() > 0 ? table.getSelectionIndices()
                : java.util.stream.IntStream.range(0, table.getItemCount()).toArray();
        Clipboard clipboard = new Clipboard(table.getDisplay());
        try {
            clipboard.setContents(new Object[] { ScanTableText.of(shown, rows) },
                    new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    private void exportSelected() {
        int i = charts.getSelectionIndex();
        if (shown == null || i < 0) {
            return;
        }
        ParameterScan.Metric m = shown.settings().metrics().get(i);
        String stem = shown.folder() == null ? ScanCharts.plotName(m).replace(".png", "")
                : shown.folder().getFileName() + "-" + m.name();
        ChartExportDialog.export(getSite().getShell(), canvases.get(i).getChart(), stem);
    }
}
