package org.ldnworkbench.inflammation.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
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
import org.ldnworkbench.ui.mechanism.PreviewJob;
import org.ldnworkbench.ui.mechanism.PreviewLayout;

/**
 * The editor of a glia/TLR4 node: its preset and parameters beside TLR4 inhibition against plasma naltrexone, with
 * the plasma ranges of 4.5 mg and 50 mg marked and the gap between them and the inhibiting concentrations stated in
 * words (MODELS.md section 5 asks that it be said next to the parameters, not tuned away), and the glial and
 * cytokine response over time under a regimen the user picks. Recomputed in the background after every change.
 */
public final class InflammationEditor implements MechanismEditor {
    /** Key of the widget data naming the editor's widgets. */
    static final String WIDGET_KEY = ParameterFields.WIDGET_KEY;
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

    @Override
    public Control createControl(Composite parent, MechanismEditorContext editorContext) {
        context = editorContext;
        Composite root = PreviewLayout.editorRoot(parent);
        Composite side = PreviewLayout.sidePanel(root);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(ParameterFields.create(side, context));
        gap = PreviewLayout.wrappedLabel(side, "");
        PreviewLayout.reserveLines(gap, 12);
        gap.setData(WIDGET_KEY, "inflammation.gap");
        Composite row = new Composite(side, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
        new Label(row, SWT.NONE).setText(Messages.Editor_regimen);
        regimen = new Combo(row, SWT.READ_ONLY);
        regimen.setData(WIDGET_KEY, "inflammation.regimen");
        REGIMENS.forEach(r -> regimen.add(r.label()));
        regimen.select(0);
        regimen.addListener(SWT.Selection, e -> recompute());
        status = PreviewLayout.wrappedLabel(side, "");
        PreviewLayout.reserveLines(status, 2);
        status.setData(WIDGET_KEY, "inflammation.status");
        Composite charts = PreviewLayout.previewColumn(root);
        inhibition = PreviewLayout.preview(new ChartCanvas(charts, SWT.NONE), "inflammation.inhibition", 640, 300);
        response = PreviewLayout.preview(new ChartCanvas(charts, SWT.NONE), "inflammation.response", 640, 300);
        previews = new PreviewJob<>(Messages.Editor_job, root, this::show, this::failed);
        previews.follow(context, this::recompute);
        recompute();
        return root;
    }

    /** Starts the previews of the node as it is now, dropping one still running. */
    private void recompute() {
        double[] p = context.parameterArray();
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
        PreviewLayout.showFailure(status, message);
    }

    @Override
    public void setFocus() {
        regimen.setFocus();
    }

    @Override
    public void dispose() {
        if (previews != null) {
            previews.dispose();
        }
    }
}
