package org.ldnworkbench.receptor.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.ldnworkbench.charts.ui.ChartCanvas;
import org.ldnworkbench.core.mechanism.PresetSpec;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.ui.mechanism.MechanismEditor;
import org.ldnworkbench.ui.mechanism.MechanismEditorContext;
import org.ldnworkbench.ui.mechanism.ParameterFields;
import org.ldnworkbench.ui.mechanism.PreviewJob;
import org.ldnworkbench.ui.mechanism.PreviewLayout;

/**
 * The editor of a mu-opioid receptor node: its preset and parameters beside two previews computed by the real
 * pharmacokinetics and receptor mechanisms ({@link ReceptorPreview}): occupancy over time after a single dose the
 * user chooses, and peak occupancy against dose (0.5 to 100 mg, log axis) with the human PET data over the curve.
 * "Both presets" adds the other hypothesis's lines, so that the persistence the rapid-equilibrium preset misses can
 * be seen at a glance. Previews are recomputed in the background after every change of the node.
 */
public final class ReceptorEditor implements MechanismEditor {
    /** Key of the widget data naming the editor's widgets. */
    static final String WIDGET_KEY = ParameterFields.WIDGET_KEY;
    private static final double DEFAULT_DOSE = 4.5;
    private static final double MAX_DOSE = 1000;

    private MechanismEditorContext context;
    private PreviewJob<ReceptorPreview.Result> previews;
    private Text dose;
    private Button bothPresets;
    private Label status;
    private Label presetNote;
    private ChartCanvas course;
    private ChartCanvas peaks;
    private double shownDose = DEFAULT_DOSE;

    @Override
    public Control createControl(Composite parent, MechanismEditorContext editorContext) {
        context = editorContext;
        Composite root = PreviewLayout.editorRoot(parent);
        createSide(root);
        Composite charts = PreviewLayout.previewColumn(root);
        course = PreviewLayout.preview(new ChartCanvas(charts, SWT.NONE), "receptor.course", 640, 300);
        peaks = PreviewLayout.preview(new ChartCanvas(charts, SWT.NONE), "receptor.peaks", 640, 300);
        previews = new PreviewJob<>(Messages.Editor_job, root, this::show, this::failed);
        previews.follow(context, this::nodeChanged);
        nodeChanged();
        return root;
    }

    private void createSide(Composite root) {
        Composite side = PreviewLayout.sidePanel(root);
        Control fields = ParameterFields.create(side, context);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(fields);
        presetNote = PreviewLayout.wrappedLabel(side, "");
        PreviewLayout.reserveLines(presetNote, 7);
        Composite doseRow = new Composite(side, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(doseRow);
        new Label(doseRow, SWT.NONE).setText(Messages.Editor_dose);
        dose = new Text(doseRow, SWT.BORDER | SWT.RIGHT);
        dose.setData(WIDGET_KEY, "receptor.dose");
        dose.setText(NumberFormat.dose(DEFAULT_DOSE));
        GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(dose);
        new Label(doseRow, SWT.NONE).setText("mg");
        dose.addListener(SWT.DefaultSelection, e -> doseTyped());
        dose.addListener(SWT.FocusOut, e -> doseTyped());
        bothPresets = new Button(side, SWT.CHECK);
        bothPresets.setData(WIDGET_KEY, "receptor.bothPresets");
        bothPresets.setText(Messages.Editor_bothPresets);
        bothPresets.addListener(SWT.Selection, e -> recompute());
        status = PreviewLayout.wrappedLabel(side, "");
        PreviewLayout.reserveLines(status, 3);
        status.setData(WIDGET_KEY, "receptor.status");
    }

    private void doseTyped() {
        String typed = dose.getText().strip();
        double v;
        try {
            v = Double.parseDouble(typed);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!(v > 0 && v <= MAX_DOSE)) {
            status.setText(NLS.bind(Messages.Editor_badDose, typed, NumberFormat.dose(MAX_DOSE)));
            return;
        }
        if (v != shownDose) {
            shownDose = v;
            recompute();
        }
    }

    private void nodeChanged() {
        PresetSpec preset = context.effectivePreset();
        presetNote.setText(preset == null ? "" : preset.name() + ": " + preset.description());
        presetNote.getParent().layout(true);
        recompute();
    }

    /** Starts the previews of the node as it is now; a computation still running for an older state is dropped. */
    private void recompute() {
        Pipeline pipeline = context.pipeline();
        String nodeId = context.nodeId();
        double d = shownDose;
        boolean both = bothPresets.getSelection();
        var catalog = context.catalog();
        status.setText(Messages.Editor_computing);
        previews.schedule(monitor -> ReceptorPreview.of(catalog, pipeline, nodeId).compute(d, both, monitor));
    }

    private void show(ReceptorPreview.Result r) {
        course.setChart(ReceptorCharts.course(r), false);
        peaks.setChart(ReceptorCharts.peaks(r), false);
        status.setText(NLS.bind(Messages.Editor_summary, new Object[] { NumberFormat.dose(r.dose()),
                NumberFormat.percent(maxOf(r.course().get(0).y())), NumberFormat.percent(at48h(r.course().get(0))),
                Math.round(previews.lastMillis()) }));
        status.getParent().layout(true);
    }

    private static double maxOf(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }

    private static double at48h(ReceptorPreview.Line course) {
        double[] t = course.x();
        int best = 0;
        for (int i = 0; i < t.length; i++) {
            if (Math.abs(t[i] - 48) < Math.abs(t[best] - 48)) {
                best = i;
            }
        }
        return course.y()[best];
    }

    private void failed(String message) {
        PreviewLayout.showFailure(status, message);
    }

    @Override
    public void setFocus() {
        dose.setFocus();
    }

    @Override
    public void dispose() {
        if (previews != null) {
            previews.dispose();
        }
    }
}
