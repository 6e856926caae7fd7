package org.ldnworkbench.ui.internal.results;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.State;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.handlers.RegistryToggleState;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.JFreeChart;
import org.jfree.data.Range;
import org.ldnworkbench.charts.core.ChartPalette;
import org.ldnworkbench.charts.core.OutputChart;
import org.ldnworkbench.charts.core.TimeAxis;
import org.ldnworkbench.charts.ui.ChartCanvas;
import org.ldnworkbench.charts.ui.ChartExportDialog;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.internal.preferences.WorkbenchPreferences;
import org.ldnworkbench.ui.internal.results.live.LiveRerun;
import org.ldnworkbench.ui.internal.results.live.SweepBar;
import org.ldnworkbench.ui.internal.runs.OutputColumn;
import org.ldnworkbench.ui.internal.runs.RunData;
import org.ldnworkbench.ui.internal.runs.ShownRuns;

/**
 * The Results view: the runs of {@link ShownRuns} as charts and tables, named in the line at its top (pipeline and
 * run: they stay when another editor becomes active). At the left a tree of the outputs to chart
 * (three by default: occupancy, rebound signalling, glial activation); in the middle one chart per checked output,
 * sharing their time window; below, the metrics table and, when there is something to compare, the differences
 * table. The tool bar switches the time axis between hours and days and the value axis to logarithmic, zooms every
 * chart to the last day or the steady state and back, and exports the selected chart. Everything redraws when the
 * shown runs change (a run finished, a live re-run arrived, runs were compared).
 * <p>
 * While the view is open, it re-simulates the pipeline of the active pipeline editor after each edit (when the
 * preference asks for it) through one {@link LiveRerun}, and its {@link SweepBar} at the top sweeps a parameter live.
 */
public final class ResultsView extends ViewPart {
    /** The data key of the view's widgets for tests and accessibility (as the editor's pages use it). */
    public static final String WIDGET_KEY = "org.ldnworkbench.ui.widget";

    private final ShownRuns shown = ShownRuns.getDefault();
    /** A failure to draw is logged, never thrown at whoever showed the runs (a run job, the live re-run). */
    private final ShownRuns.Listener listener = runs -> SafeRunner.run(this::runsChanged);
    private final IPreferenceChangeListener preferences = e -> {
        if (WorkbenchPreferences.CHART_TIME_UNIT.equals(e.getKey())
                || WorkbenchPreferences.CHART_PALETTE.equals(e.getKey())) {
            asyncRedraw();
        } else if (WorkbenchPreferences.LIVE_RERUN.equals(e.getKey())) {
            asyncLiveSetting();
        }
    };
    private final IPartListener2 editors = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            followIfEditor(ref);
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference ref) {
            followIfEditor(ref);
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref instanceof IEditorReference && live != null && ref.getPart(false) != null
                    && ref.getPart(false).getAdapter(PipelineDocument.class) == live.document()) {
                IEditorPart next = getSite().getPage().getActiveEditor();
                live.follow(next == ref.getPart(false) ? null : next);
            }
        }
    };
    private ViewHandler copyHandler;

    private LiveRerun live;
    private OutputTree tree;
    private ChartStack charts;
    private CTabFolder tables;
    private CTabItem differencesTab;
    private MetricsPane metrics;
    private DifferencesPane differences;
    private Swatches swatches;

    private List<RunData> runs = List.of();
    private RunData faded;
    private ShownOutputs outputs = ShownOutputs.of(List.of());
    private ChartLines lines = new ChartLines(List.of(), null);
    /** The user's choice of time unit, or null for the preference's. */
    private TimeAxis chosenAxis;
    private boolean logAxis;
    /** The shared time window in hours, or null for the whole run. */
    private ZoomRange zoom;

    @Override
    public void createPartControl(Composite parent) {
        swatches = new Swatches(parent.getDisplay());
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        live = new LiveRerun(shown);
        live.setEnabled(WorkbenchPreferences.liveRerun());
        live.addFollowListener(this::describe);
        SweepBar sweep = new SweepBar(parent, live);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(sweep);
        // the tables below span the whole width: their columns (scenario, then a dozen metrics) need it more than
        // the tree does
        SashForm down = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(down);
        SashForm across = new SashForm(down, SWT.HORIZONTAL);
        tree = new OutputTree(across, checked -> redrawCharts(true));
        charts = new ChartStack(across, this::userZoomed);
        tables = new CTabFolder(down, SWT.BORDER | SWT.BOTTOM);
        metrics = new MetricsPane(tables, swatches, s -> lines.colour(s));
        CTabItem metricsTab = new CTabItem(tables, SWT.NONE);
        metricsTab.setText(Messages.metricsTab);
        metricsTab.setControl(metrics.control());
        differences = new DifferencesPane(tables, swatches, s -> lines.colour(s));
        tables.setSelection(metricsTab);
        across.setWeights(27, 73);
        // the charts first: the tables show the four scenarios of the default comparison and scroll beyond
        down.setWeights(76, 24);

        contextMenus();
        activateHandlers();
        getSite().getService(IContextService.class).activateContext(ResultsCommands.CONTEXT);
        shown.addListener(listener);
        WorkbenchPreferences.node().addPreferenceChangeListener(preferences);
        getSite().getPage().addPartListener(editors);
        live.follow(getSite().getPage().getActiveEditor());
        runsChanged();
    }

    /** Follows {@code ref} with the live re-run when it is an editor (a pipeline editor, or none for another). */
    private void followIfEditor(IWorkbenchPartReference ref) {
        if (ref instanceof IEditorReference && live != null) {
            live.follow((IEditorPart) ref.getPart(false));
        }
    }

    private void asyncLiveSetting() {
        Display display = getSite().getShell().getDisplay();
        display.asyncExec(() -> {
            if (live != null) {
                live.setEnabled(WorkbenchPreferences.liveRerun());
            }
        });
    }

    private void contextMenus() {
        MenuManager chartMenu = new MenuManager(null, ResultsCommands.CHART_MENU);
        chartMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        charts.setMenu(chartMenu.createContextMenu(charts.control()));
        getSite().registerContextMenu(ResultsCommands.CHART_MENU, chartMenu, null);
        tableMenu(metrics.control(), metrics.viewer());
        tableMenu(differences.table(), differences.viewer());
    }

    private void tableMenu(Control table, StructuredViewer viewer) {
        MenuManager menu = new MenuManager(null, ResultsCommands.TABLE_MENU);
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        table.setMenu(menu.createContextMenu(table));
        getSite().registerContextMenu(ResultsCommands.TABLE_MENU, menu, viewer);
    }

    /** The copy handler: active while the view is (Ctrl+C and Edit &gt; Copy copy the table shown). */
    private void activateHandlers() {
        copyHandler = new ViewHandler(this::copy, () -> !runs.isEmpty());
        getSite().getService(IHandlerService.class).activateHandler(IWorkbenchCommandConstants.EDIT_COPY,
                copyHandler);
    }

    /**
     * Carries out one of the view's chart commands ({@link ResultsHandler}); nothing while no run is shown.
     *
     * @param commandId one of the {@link ResultsCommands}
     */
    void perform(String commandId) {
        if (runs.isEmpty()) {
            return;
        }
        switch (commandId) {
            case ResultsCommands.TIME_IN_DAYS -> setAxis(axis() == TimeAxis.DAYS ? TimeAxis.HOURS : TimeAxis.DAYS);
            case ResultsCommands.LOG_AXIS -> setLogAxis(!logAxis);
            case ResultsCommands.LAST_DAY -> zoomTo(ZoomRange::lastDay);
            case ResultsCommands.STEADY_STATE -> zoomTo(ZoomRange::steadyState);
            case ResultsCommands.RESET_ZOOM -> resetZoom();
            case ResultsCommands.EXPORT_CHART -> exportChart();
            default -> throw new IllegalArgumentException("not a command of the Results view: " + commandId);
        }
    }

    /** Redraws everything from the shown runs (called when they change). */
    private void runsChanged() {
        runs = shown.runs();
        faded = shown.faded();
        List<RunData> all = new ArrayList<>(runs);
        if (faded != null) {
            all.add(faded);
        }
        outputs = ShownOutputs.of(all);
        lines = new ChartLines(runs, faded);
        ZoomRange span = ZoomRange.span(all);
        if (zoom != null && (span == null || zoom.to() <= span.from() || zoom.from() >= span.to())) {
            zoom = null;
        }
        describe();
        tree.show(outputs);
        redrawCharts(true);
        MetricsTable table = MetricsTable.of(runs);
        metrics.show(table);
        showDifferences(table);
        copyHandler.enablementChanged();
        refreshToggles();
    }

    /** Names the runs shown in the view's top line, and the pipeline the sweep acts on when it is another. */
    private void describe() {
        if (live == null) {
            return;
        }
        PipelineDocument followed = live.document();
        setContentDescription(RunsDescription.of(runs, faded, followed == null ? null : followed.pipeline().name()));
    }

    private void showDifferences(MetricsTable table) {
        boolean compare = Differences.applies(table);
        if (compare && differencesTab == null) {
            differencesTab = new CTabItem(tables, SWT.NONE);
            differencesTab.setText(Messages.differencesTab);
            differencesTab.setControl(differences.control());
        } else if (!compare && differencesTab != null) {
            differencesTab.dispose();
            differencesTab = null;
        }
        differences.show(table);
    }

    /** Rebuilds the charts of the checked outputs from the shown runs, keeping the shared time window. */
    private void redrawCharts(boolean keepZoom) {
        if (runs.isEmpty() && faded == null) {
            charts.showEmpty(Messages.noRun);
            return;
        }
        TimeAxis axis = axis();
        ChartPalette palette = ChartPalette.named(WorkbenchPreferences.chartPalette());
        swatches.palette(palette);
        List<String> names = tree.checked();
        List<JFreeChart> built = new ArrayList<>();
        for (String name : names) {
            OutputColumn o = outputs.named(name);
            built.add(OutputChart.of(name, o.description(), o.unit(), o.levels(), lines.of(name, axis), axis, palette)
                    .logY(logAxis).buildForScreen());
        }
        charts.show(names, built, keepZoom);
        if (zoom != null) {
            charts.zoomAll(axis.fromHours(zoom.from()), axis.fromHours(zoom.to()));
        } else {
            charts.resetAll();
        }
        if (names.isEmpty()) {
            charts.showEmpty(Messages.noOutputChecked);
        }
    }

    private void asyncRedraw() {
        if (tree != null && !tree.tree().isDisposed()) {
            tree.tree().getDisplay().asyncExec(() -> {
                if (!tree.tree().isDisposed()) {
                    runsChanged();
                }
            });
        }
    }

    /** @return the time axis: the user's choice in this view, else the preference (auto: days beyond 3 days) */
    TimeAxis axis() {
        if (chosenAxis != null) {
            return chosenAxis;
        }
        ZoomRange span = ZoomRange.span(runs);
        return TimeAxis.of(WorkbenchPreferences.chartTimeUnit(), span == null ? 0 : span.hours());
    }

    /** Draws the time axis in {@code axis} (the time window stays). */
    void setAxis(TimeAxis axis) {
        chosenAxis = axis;
        redrawCharts(true);
        refreshToggles();
    }

    /** @return whether the value axis is logarithmic */
    boolean logAxis() {
        return logAxis;
    }

    /** Draws the value axes logarithmic or linear. */
    void setLogAxis(boolean log) {
        logAxis = log;
        redrawCharts(true);
        refreshToggles();
    }

    /** Zooms every chart to the window {@code of} the shown runs' span. */
    void zoomTo(java.util.function.UnaryOperator<ZoomRange> of) {
        ZoomRange span = ZoomRange.span(runs);
        if (span == null) {
            return;
        }
        zoom = of.apply(span);
        TimeAxis axis = axis();
        charts.zoomAll(axis.fromHours(zoom.from()), axis.fromHours(zoom.to()));
    }

    /** Shows the whole run in every chart. */
    void resetZoom() {
        zoom = null;
        charts.resetAll();
    }

    private void userZoomed(Range range) {
        TimeAxis axis = axis();
        zoom = range == null || !(range.getLength() > 0) ? null
                : new ZoomRange(axis.toHours(range.getLowerBound()), axis.toHours(range.getUpperBound()));
    }

    /** @return the shared time window in hours, or null while the whole run is shown */
    ZoomRange zoom() {
        return zoom;
    }

    private void exportChart() {
        ChartCanvas chart = charts.selected();
        if (chart != null && chart.getChart() != null) {
            ChartExportDialog.export(getSite().getShell(), chart.getChart(), charts.selectedOutput());
        }
    }

    private void copy() {
        CopySource source = differencesTab != null && tables.getSelection() == differencesTab ? differences : metrics;
        Clipboard clipboard = new Clipboard(getSite().getShell().getDisplay());
        try {
            clipboard.setContents(new Object[] { source.copyText() }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
    }

    /** Shows the time unit and the log axis as the check marks of their tool bar and menu items. */
    private void refreshToggles() {
        toggleState(ResultsCommands.TIME_IN_DAYS, axis() == TimeAxis.DAYS);
        toggleState(ResultsCommands.LOG_AXIS, logAxis);
    }

    private void toggleState(String command, boolean on) {
        State state = getSite().getService(ICommandService.class).getCommand(command)
                .getState(RegistryToggleState.STATE_ID);
        if (state != null && !Boolean.valueOf(on).equals(state.getValue())) {
            state.setValue(on);
        }
    }

    @Override
    public void setFocus() {
        if (!charts.canvases().isEmpty()) {
            charts.selected().setFocus();
        } else {
            tree.tree().setFocus();
        }
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editors);
        if (live != null) {
            live.dispose();
            live = null;
        }
        shown.removeListener(listener);
        WorkbenchPreferences.node().removePreferenceChangeListener(preferences);
        if (swatches != null) {
            swatches.dispose();
        }
        super.dispose();
    }
}
