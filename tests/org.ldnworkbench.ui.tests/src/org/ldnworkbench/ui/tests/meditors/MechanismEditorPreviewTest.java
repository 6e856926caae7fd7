package org.ldnworkbench.ui.tests.meditors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collection;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.mechanism.ParameterFields;
import org.ldnworkbench.ui.tests.support.Events;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.Screenshots;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * The contributed mechanism editors of the receptor, rebound and inflammation mechanisms: each opens on a
 * double-click on its node of the example pipeline, draws its preview from the real mechanisms, and draws it again
 * after a parameter is changed in its side panel (the change reaching the pipeline as an edit). Screenshots of the
 * three go to /tmp/meditor-*.png for people to look at.
 */
@ExtendWith(ScreenshotOnFailure.class)
class MechanismEditorPreviewTest {
    private static final String PROJECT = "mechanism-editors";

    @AfterEach
    void cleanUp() {
        Workbenches.closeAllEditors();
        Workbenches.deleteProject(PROJECT);
    }

    @Test
    void receptorEditorRedrawsPeakOccupancyAfterEc50Changes() {
        PipelineEditor editor = MechanismEditors.openExample(PROJECT);
        PipelineDocument document = MechanismEditors.document(editor);
        Shell window = MechanismEditors.doubleClick(editor, "receptor");
        JFreeChart first = awaitChart(window, "receptor.peaks", null);
        assertEquals(4, first.getXYPlot().getDataset(1).getItemCount(0), "the four PET doses are not drawn");

        Events.select(MechanismEditors.named(window, Button.class, "receptor.bothPresets"));
        JFreeChart both = awaitChart(window, "receptor.peaks", first);
        assertEquals(2, both.getXYPlot().getDataset(0).getSeriesCount(), "both presets are not side by side");
        awaitChart(window, "receptor.course", null);
        Screenshots.save(window, Path.of("/tmp/meditor-receptor.png"));
        double before = peakAtFiveMg(both);

        setValue(window, "EC50ntx", "1.3");
        assertEquals(1.3, document.pipeline().node("receptor").parameters().get("EC50ntx"));
        JFreeChart after = awaitChart(window, "receptor.peaks", both);
        assertTrue(peakAtFiveMg(after) < before - 5, "peak occupancy near 5 mg did not fall with a doubled EC50ntx: "
                + before + " -> " + peakAtFiveMg(after) + " %");
    }

    @Test
    void reboundEditorRedrawsAfterKrChangesAndShadesTheReboundWindow() {
        PipelineEditor editor = MechanismEditors.openExample(PROJECT);
        Shell window = MechanismEditors.doubleClick(editor, "rebound");
        JFreeChart first = awaitChart(window, "rebound.chart", null);
        // 4 h of blockade a day: noon of the last day (27.5 days) lies in its rebound window, after the blockade
        Collection<?> shaded = first.getXYPlot().getDomainMarkers(Layer.BACKGROUND);
        assertTrue(shaded != null && shaded.stream().anyMatch(m -> m instanceof IntervalMarker i
                && i.getStartValue() < 27.5 && i.getEndValue() > 27.5), "the last day's rebound window is not shaded");
        Screenshots.save(window, Path.of("/tmp/meditor-rebound.png"));
        double density = last(first.getXYPlot().getDataset(), 2);

        setValue(window, "kR", "0.05");
        JFreeChart after = awaitChart(window, "rebound.chart", first);
        assertNotEquals(density, last(after.getXYPlot().getDataset(), 2), "receptor density did not change with kR");
        assertTrue(MechanismEditors.named(window, Label.class, "rebound.status").getText().contains("last day"));
    }

    @Test
    void inflammationEditorMarksThePlasmaRangesAndStatesTheGap() {
        PipelineEditor editor = MechanismEditors.openExample(PROJECT);
        Shell window = MechanismEditors.doubleClick(editor, "inflammation");
        JFreeChart first = awaitChart(window, "inflammation.inhibition", null);
        awaitChart(window, "inflammation.response", null);
        Collection<?> ranges = first.getXYPlot().getDomainMarkers(Layer.BACKGROUND);
        assertEquals(2, ranges.stream().filter(IntervalMarker.class::isInstance).count(),
                "the plasma ranges at 4.5 mg and 50 mg are not both marked");
        String gap = MechanismEditors.named(window, Label.class, "inflammation.gap").getText();
        assertTrue(gap.contains("-fold the LDN peak"), "the concentration gap is not stated: " + gap);
        Screenshots.save(window, Path.of("/tmp/meditor-inflammation.png"));
        double atOneThousand = valueNear(first.getXYPlot().getDataset(), 1000);

        setValue(window, "tissuePartition", "300");
        JFreeChart after = awaitChart(window, "inflammation.inhibition", first);
        assertTrue(valueNear(after.getXYPlot().getDataset(), 1000) > atOneThousand + 10,
                "inhibition at 1000 ng/mL did not rise with a tissue partition of 300");
        UiWait.until("the gap to be stated anew", () -> !gap.equals(MechanismEditors.named(window, Label.class,
                "inflammation.gap").getText()));
    }

    @Test
    void aRefusedValueStaysMarkedInItsFieldWhenAnotherFieldIsRefusedUntilAValueIsApplied() {
        PipelineEditor editor = MechanismEditors.openExample(PROJECT);
        PipelineDocument document = MechanismEditors.document(editor);
        Shell window = MechanismEditors.doubleClick(editor, "receptor");
        Text ec50 = MechanismEditors.named(window, Text.class, "value.EC50ntx");
        Text ke0 = MechanismEditors.named(window, Text.class, "value.ke0");
        Label message = MechanismEditors.named(window, Label.class, "message");
        Double inUse = document.pipeline().node("receptor").parameters().get("EC50ntx");

        setValue(window, "EC50ntx", "-1");
        setValue(window, "ke0", "abc");
        assertTrue(message.getText().contains("abc"), message.getText());
        assertEquals("-1", ec50.getText(), "the refused text was dropped");
        assertTrue(String.valueOf(ec50.getData(ParameterFields.REFUSED_KEY)).contains("EC50ntx"),
                "EC50ntx's refused value is no longer marked once ke0 was refused: " + ec50.getData(
                        ParameterFields.REFUSED_KEY));
        assertTrue(ke0.getData(ParameterFields.REFUSED_KEY) != null, "ke0 is not marked");
        assertEquals(inUse, document.pipeline().node("receptor").parameters().get("EC50ntx"));

        setValue(window, "EC50ntx", "1.3");
        assertEquals(null, ec50.getData(ParameterFields.REFUSED_KEY), "an applied value is still marked");
        assertEquals(null, ke0.getData(ParameterFields.REFUSED_KEY), "ke0 still marked, though it shows the value in use");
        assertEquals("1.3", ec50.getText());
    }

    /** Types a value into the side panel's field of a parameter and presses Enter. */
    private static void setValue(Shell window, String parameter, String value) {
        Text field = MechanismEditors.named(window, Text.class, "value." + parameter);
        field.setText(value);
        Events.notify(field, SWT.DefaultSelection);
    }

    /** @return the chart a canvas shows once it differs from {@code previous} (waiting for the preview job) */
    private static JFreeChart awaitChart(Shell window, String canvas, JFreeChart previous) {
        Canvas c = MechanismEditors.named(window, Canvas.class, canvas);
        return UiWait.forValue("the preview " + canvas + " to be drawn" + (previous == null ? "" : " anew"), () -> {
            JFreeChart chart = chartOf(c);
            return chart != null && chart != previous ? chart : null;
        }, MechanismEditors.PREVIEW_TIMEOUT);
    }

    private static JFreeChart chartOf(Canvas canvas) {
        try {
            return (JFreeChart) canvas.getClass().getMethod("getChart").invoke(canvas);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Cannot ask the chart canvas for its chart: " + e, e);
        }
    }

    /** @return the node's own line (first series) at the dose nearest 5 mg */
    private static double peakAtFiveMg(JFreeChart chart) {
        return valueNear(chart.getXYPlot().getDataset(0), 5);
    }

    private static double valueNear(XYDataset data, double x) {
        int best = 0;
        for (int i = 0; i < data.getItemCount(0); i++) {
            if (Math.abs(Math.log(data.getXValue(0, i) / x)) < Math.abs(Math.log(data.getXValue(0, best) / x))) {
                best = i;
            }
        }
        return data.getYValue(0, best);
    }

    private static double last(XYDataset data, int series) {
        return data.getYValue(series, data.getItemCount(series) - 1);
    }
}
