package org.ldnworkbench.inflammation.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.ldnworkbench.charts.ui.ChartCanvas;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.inflammation.ui.internal.InflammationPreview.Curve;
import org.ldnworkbench.inflammation.ui.internal.InflammationPreview.PlasmaRange;
import org.ldnworkbench.inflammation.ui.internal.InflammationPreview.Regimen;
import org.ldnworkbench.inflammation.ui.internal.InflammationPreview.Response;
import org.ldnworkbench.ui.mechanism.MechanismEditor;
import org.ldnworkbench.ui.mechanism.MechanismEditorContext;
import org.ldnworkbench.ui.mechanism.ParameterFields;
import org.ldnworkbench.ui.mechanism.ParameterValue;
import org.ldnworkbench.ui.mechanism.PreviewJob;

/**
 * The editor of a glia/TLR4 node: its preset and parameters beside TLR4 inhibition against plasma naltrexone, with
 * the plasma ranges of 4.5 mg and 50 mg marked and the gap between them and the inhibiting concentrations stated in
 * words (MODELS.md section 5 asks that it be said next to the parameters, not tuned away), and the glial and
 * cytokine response over time under a regimen the user picks. Recomputed in the background after every change.
 */
public final class InflammationEditor implements MechanismEditor {
    /** Key of the widget data naming the editor's widgets. */
    static final String WIDGET_KEY = ParameterFields.WIDGET_KEY;
    /** Width of the side panel: room for the parameter fields, the notes wrap at it. */
    private static final int SIDE_WIDTH = 310;
    private static final List<Regimen> REGIMENS = List.of(InflammationPreview.LDN, InflammationPreview.STANDARD);

    /** What one preview computes. */
    private record Preview(Curve curve, Response response) {
    }

    private MechanismEditorContext context;
    private PreviewJob<Preview> previews;
    private Combo regimen;
    private Label gap;
    private Label status;
    private ChartCanvas inhibition;
    private ChartCanvas response;
    private final MechanismEditorContext.Listener listener = c -> recompute();

    @Override
    public Control createControl(Composite parent, MechanismEditorContext editorContext) {
        context = editorContext;
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(root);
        Composite side = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(side);
        GridDataFactory.fillDefaults().hint(SIDE_WIDTH, SWT.DEFAULT).grab(false, true).applyTo(side);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(ParameterFields.create(side, context));
        gap = wrapped(side, "");
        reserveLines(gap, 12);
        gap.setData(WIDGET_KEY, "inflammation.gap");
        Composite row = new Composite(side, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
        new Label(row, SWT.NONE).setText(Messages.Editor_regimen);
        regimen = new Combo(row, SWT.READ_ONLY);
        regimen.setData(WIDGET_KEY, "inflammation.regimen");
        REGIMENS.forEach(r -> regimen.add(r.label()));
        regimen.select(0);
        regimen.addListener(SWT.Selection, e -> recompute());
        status = wrapped(side, "");
        reserveLines(status, 2);
        status.setData(WIDGET_KEY, "inflammation.status");
        Composite charts = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(charts);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(charts);
        inhibition = chart(charts, "inflammation.inhibition");
        response = chart(charts, "inflammation.response");
        previews = new PreviewJob<>(Messages.Editor_job, root, this::show, this::failed);
        context.addListener(listener);
        recompute();
        return root;
    }

    /**
     * Keeps room for text that arrives with the preview, after the window took its size: the label would otherwise
     * grow into a window that does not grow with it, and its end would be cut off.
     */
    private static void reserveLines(Label label, int lines) {
        GC gc = new GC(label);
        try {
            ((GridData) label.getLayoutData()).minimumHeight = lines * gc.getFontMetrics().getHeight();
            ((GridData) label.getLayoutData()).heightHint = lines * gc.getFontMetrics().getHeight();
        } finally {
            gc.dispose();
        }
    }

    private static Label wrapped(Composite parent, String text) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(SIDE_WIDTH - 10, SWT.DEFAULT).applyTo(l);
        return l;
    }

    private static ChartCanvas chart(Composite parent, String name) {
        ChartCanvas c = new ChartCanvas(parent, SWT.NONE);
        c.setData(WIDGET_KEY, name);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 300).applyTo(c);
        return c;
    }

    /** Starts the previews of the node as it is now, dropping one still running. */
    private void recompute() {
        List<ParameterValue> values = context.values();
        double[] p = new double[values.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = values.get(i).value();
        }
        Pipeline pipeline = context.pipeline();
        String nodeId = context.nodeId();
        MechanismCatalog catalog = context.catalog();
        Regimen shown = REGIMENS.get(Math.max(0, regimen.getSelectionIndex()));
        status.setText(Messages.Editor_computing);
        previews.schedule(monitor -> {
            InflammationPreview preview = new InflammationPreview(catalog, pipeline, nodeId);
            return new Preview(preview.curve(p, monitor), preview.response(shown, monitor));
        });
    }

    private void show(Preview p) {
        inhibition.setChart(InflammationCharts.inhibition(p.curve()), false);
        response.setChart(InflammationCharts.response(p.response()), true);
        gap.setText(gapInWords(p.curve()));
        status.setText(NLS.bind(Messages.Editor_timing, Math.round(previews.lastMillis())));
        gap.getParent().layout(true);
    }

    /** @return the concentration gap between the regimens' plasma peaks and TLR4-inhibiting levels, in words */
    static String gapInWords(Curve c) {
        PlasmaRange ldn = c.ranges().get(0);
        PlasmaRange standard = c.ranges().get(1);
        String peaks = NLS.bind(Messages.Gap_peaks, new Object[] { Format.concentration(ldn.peak()),
                Format.percent(ldn.inhibitionAtPeak()), Format.concentration(standard.peak()),
                Format.percent(standard.inhibitionAtPeak()) });
        if (!Double.isFinite(c.halfMaximal())) {
            return peaks + " " + Messages.Gap_none;
        }
        return peaks + " " + NLS.bind(Messages.Gap_half, new Object[] { Format.concentration(c.halfMaximal()),
                Format.fold(c.gapToLdn()), Format.fold(c.halfMaximal() / standard.peak()) });
    }

    private void failed(String message) {
        status.setText(NLS.bind(Messages.Editor_failed, message));
        status.getParent().layout(true);
    }

    @Override
    public void setFocus() {
        regimen.setFocus();
    }

    @Override
    public void dispose() {
        if (previews != null) {
            previews.cancel();
        }
        if (context != null) {
            context.removeListener(listener);
        }
    }
}
