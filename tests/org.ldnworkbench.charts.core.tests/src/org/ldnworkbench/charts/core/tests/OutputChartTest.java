package org.ldnworkbench.charts.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.charts.core.ChartPalette;
import org.ldnworkbench.charts.core.OutputChart;
import org.ldnworkbench.charts.core.OutputChart.Line;
import org.ldnworkbench.charts.core.ReferenceLevel;
import org.ldnworkbench.charts.core.TimeAxis;

class OutputChartTest {
    private static final ChartPalette OKABE_ITO = ChartPalette.named("okabe-ito");
    private static final double[] HOURS = { 0, 24, 48, 96 };

    private static Line line(String label, int colour, boolean faded) {
        return new Line(label, HOURS, new double[] { 0.1, 0.5, 0.6, 0.55 }, colour, faded, false);
    }

    private static JFreeChart chart(List<Line> lines, TimeAxis axis, ChartPalette palette) {
        return OutputChart.of("receptor.occupancy", "Fraction of receptors bound", "fraction",
                List.of(new ReferenceLevel(0.5, "half bound")), lines, axis, palette).build();
    }

    @Test
    void titleNamesTheDescriptionAndTheOutputAndTheAxesHaveUnits() {
        JFreeChart c = chart(List.of(line("LDN", 0, false)), TimeAxis.DAYS, OKABE_ITO);
        assertEquals("Fraction of receptors bound (receptor.occupancy)", c.getTitle().getText());
        XYPlot plot = c.getXYPlot();
        assertEquals("occupancy [fraction]", plot.getRangeAxis().getLabel());
        assertEquals("Time [days]", plot.getDomainAxis().getLabel());
        assertEquals("receptor.occupancy", OutputChart.title("receptor.occupancy", ""));
    }

    @Test
    void timeIsDrawnInTheAxisUnit() {
        XYDataset days = chart(List.of(line("LDN", 0, false)), TimeAxis.DAYS, OKABE_ITO).getXYPlot().getDataset();
        assertEquals(4.0, days.getXValue(0, 3));
        XYDataset hours = chart(List.of(line("LDN", 0, false)), TimeAxis.HOURS, OKABE_ITO).getXYPlot().getDataset();
        assertEquals(96.0, hours.getXValue(0, 3));
        assertEquals("Time [h]", chart(List.of(line("LDN", 0, false)), TimeAxis.HOURS, OKABE_ITO).getXYPlot()
                .getDomainAxis().getLabel());
    }

    @Test
    void referenceLevelsAreLabelledRangeMarkers() {
        XYPlot plot = chart(List.of(line("LDN", 0, false)), TimeAxis.DAYS, OKABE_ITO).getXYPlot();
        List<Marker> markers = new ArrayList<>(plot.getRangeMarkers(Layer.FOREGROUND));
        assertEquals(1, markers.size());
        assertEquals(0.5, ((ValueMarker) markers.get(0)).getValue());
        assertEquals("half bound", markers.get(0).getLabel());
    }

    @Test
    void linesHaveTheirPaletteColoursAndTheFirstIsDrawnOnTop() {
        JFreeChart c = chart(List.of(line("LDN", 0, false), line("50 mg", 1, false)), TimeAxis.DAYS,
                ChartPalette.named("high-contrast"));
        XYItemRenderer r = c.getXYPlot().getRenderer();
        assertEquals(ChartPalette.named("high-contrast").colour(0), r.getSeriesPaint(0));
        assertEquals(ChartPalette.named("high-contrast").colour(1), r.getSeriesPaint(1));
        assertEquals("LDN", c.getXYPlot().getDataset().getSeriesKey(0).toString());
        assertEquals(org.jfree.chart.plot.SeriesRenderingOrder.REVERSE, c.getXYPlot().getSeriesRenderingOrder());
    }

    @Test
    void fadedLinesAreLightThinBehindTheOthersAndNotInTheLegend() {
        JFreeChart c = chart(List.of(line("LDN", 0, true), line("LDN", 0, false), line("50 mg", 1, false)),
                TimeAxis.DAYS, OKABE_ITO);
        XYPlot plot = c.getXYPlot();
        XYDataset data = plot.getDataset();
        assertEquals(3, data.getSeriesCount(), "a faded line of the same name is a series of its own");
        // the faded line comes last in the dataset: with reverse rendering order it is drawn first, behind the rest
        XYItemRenderer r = plot.getRenderer();
        assertTrue(r.isSeriesVisibleInLegend(0) && r.isSeriesVisibleInLegend(1));
        assertFalse(r.isSeriesVisibleInLegend(2));
        LegendItemCollection legend = plot.getLegendItems();
        assertEquals(2, legend.getItemCount());
        Color faded = (Color) r.getSeriesPaint(2);
        Color full = OKABE_ITO.colour(0);
        assertNotEquals(full, faded);
        assertTrue(faded.getRed() > full.getRed() && faded.getGreen() > full.getGreen(), "lighter: " + faded);
        assertTrue(((BasicStroke) r.getSeriesStroke(2)).getLineWidth() < ((BasicStroke) r.getSeriesStroke(0))
                .getLineWidth());
    }

    @Test
    void aSingleUnnamedLineHasNoLegend() {
        assertNull(chart(List.of(line("", 0, false)), TimeAxis.DAYS, OKABE_ITO).getLegend());
        assertNotNull(chart(List.of(line("LDN", 0, false)), TimeAxis.DAYS, OKABE_ITO).getLegend());
    }

    @Test
    void linesAreDashedWhenAskedOrWhenTheColoursRepeat() {
        List<Line> lines = List.of(new Line("a", HOURS, new double[4], 0, false, true),
                new Line("b", HOURS, new double[4], 1, false, false),
                new Line("c", HOURS, new double[4], OKABE_ITO.size(), false, false));
        XYItemRenderer r = chart(lines, TimeAxis.HOURS, OKABE_ITO).getXYPlot().getRenderer();
        assertNotNull(((BasicStroke) r.getSeriesStroke(0)).getDashArray());
        assertNull(((BasicStroke) r.getSeriesStroke(1)).getDashArray());
        assertNotNull(((BasicStroke) r.getSeriesStroke(2)).getDashArray());
        assertEquals(OKABE_ITO.colour(0), r.getSeriesPaint(2));
    }

    @Test
    void aLogAxisLeavesOutWhatItCannotShow() {
        Line l = new Line("Cntx", HOURS, new double[] { 0, 1.5, 0.01, -1e-12 }, 0, false, false);
        JFreeChart c = OutputChart.of("pk.Cntx", "", "ng/mL", List.of(new ReferenceLevel(0, "zero")), List.of(l),
                TimeAxis.HOURS, OKABE_ITO).logY(true).build();
        XYPlot plot = c.getXYPlot();
        assertTrue(plot.getRangeAxis() instanceof LogAxis);
        assertEquals(2, plot.getDataset().getItemCount(0));
        assertEquals(24.0, plot.getDataset().getXValue(0, 0));
        assertTrue(plot.getRangeMarkers(Layer.FOREGROUND) == null
                || plot.getRangeMarkers(Layer.FOREGROUND).isEmpty(), "a level at zero has no place on a log axis");
    }
}
