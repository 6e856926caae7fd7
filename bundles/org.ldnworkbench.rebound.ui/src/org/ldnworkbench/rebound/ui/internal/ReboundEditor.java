package org.ldnworkbench.rebound.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.ldnworkbench.charts.ui.ChartCanvas;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.ui.mechanism.MechanismEditor;
import org.ldnworkbench.ui.mechanism.MechanismEditorContext;
import org.ldnworkbench.ui.mechanism.ParameterFields;
import org.ldnworkbench.ui.mechanism.PreviewJob;
import org.ldnworkbench.ui.mechanism.PreviewLayout;

/**
 * The editor of an endogenous-rebound node: its parameters beside the response of the real mechanism to a daily
 * blockade the user chooses (hours per day and occupancy level, over some days), with the rebound windows shaded
 * and the window of the last day stated in hours, the metric the workbench reports per run. Recomputed in the
 * background after every change of the node or of the blockade.
 */
public final class ReboundEditor implements MechanismEditor {
    /** Key of the widget data naming the editor's widgets. */
    static final String WIDGET_KEY = ParameterFields.WIDGET_KEY;
    /** The default blockade: a brief overnight blockade at LDN-like occupancy, for four weeks. */
    private static final int DEFAULT_HOURS_TENTHS = 40;
    private static final int DEFAULT_LEVEL_PERCENT = 80;
    private static final int DEFAULT_DAYS = 28;

    private MechanismEditorContext context;
    private PreviewJob<ReboundPreview.Result> previews;
    private Spinner hours;
    private Spinner level;
    private Spinner days;
    private Label status;
    private ChartCanvas chart;
    private Mechanism mechanism;

    @Override
    public Control createControl(Composite parent, MechanismEditorContext editorContext) {
        context = editorContext;
        Composite root = PreviewLayout.editorRoot(parent);
        Composite side = PreviewLayout.sidePanel(root);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(ParameterFields.create(side, context));
        createPattern(side);
        PreviewLayout.wrappedLabel(side, Messages.Editor_note);
        status = PreviewLayout.wrappedLabel(side, "");
        PreviewLayout.reserveLines(status, 3);
        status.setData(WIDGET_KEY, "rebound.status");
        chart = PreviewLayout.preview(new ChartCanvas(root, SWT.NONE), "rebound.chart", 700, 480);
        previews = new PreviewJob<>(Messages.Editor_job, root, this::show, this::failed);
        previews.follow(context, this::recompute);
        recompute();
        return root;
    }

    private void createPattern(Composite side) {
        Label title = new Label(side, SWT.NONE);
        title.setText(Messages.Editor_pattern);
        Composite g = new Composite(side, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(g);
        hours = spinner(g, Messages.Editor_hours, "h", 0, 240, 1, DEFAULT_HOURS_TENTHS, "rebound.hours");
        level = spinner(g, Messages.Editor_level, "%", 0, 100, 0, DEFAULT_LEVEL_PERCENT, "rebound.level");
        days = spinner(g, Messages.Editor_days, Messages.Editor_daysUnit, 1, 84, 0, DEFAULT_DAYS, "rebound.days");
    }

    private Spinner spinner(Composite g, String label, String unit, int min, int max, int digits, int value,
            String name) {
        new Label(g, SWT.NONE).setText(label);
        Spinner s = new Spinner(g, SWT.BORDER);
        s.setData(WIDGET_KEY, name);
        s.setValues(value, min, max, digits, digits == 0 ? 1 : 5, digits == 0 ? 10 : 10);
        s.addListener(SWT.Selection, e -> recompute());
        new Label(g, SWT.NONE).setText(unit);
        return s;
    }

    /** Starts the preview of the node and blockade as they are now, dropping one still running. */
    private void recompute() {
        MechanismSpec spec = context.spec();
        double[] p = context.parameterArray();
        ReboundPreview.Pattern pattern = new ReboundPreview.Pattern(hours.getSelection() / 10.0,
                level.getSelection() / 100.0, days.getSelection());
        MechanismCatalog catalog = context.catalog();
        status.setText(Messages.Editor_computing);
        previews.schedule(monitor -> new ReboundPreview(instance(catalog, spec), spec, p).compute(pattern, monitor));
    }

    /** @return the mechanism's instance, created once (instances keep no run state and serve any thread) */
    private synchronized Mechanism instance(MechanismCatalog catalog, MechanismSpec spec) throws Exception {
        if (mechanism == null) {
            mechanism = catalog.create(spec.id());
        }
        return mechanism;
    }

    private void show(ReboundPreview.Result r) {
        chart.setChart(ReboundChart.of(r), true);
        status.setText(NLS.bind(Messages.Editor_summary, new Object[] { Format.number(r.lastDayHours()),
                r.windows().size(), Math.round(previews.lastMillis()) }));
        status.getParent().layout(true);
    }

    private void failed(String message) {
        PreviewLayout.showFailure(status, message);
    }

    @Override
    public void setFocus() {
        hours.setFocus();
    }

    @Override
    public void dispose() {
        if (previews != null) {
            previews.dispose();
        }
    }
}
