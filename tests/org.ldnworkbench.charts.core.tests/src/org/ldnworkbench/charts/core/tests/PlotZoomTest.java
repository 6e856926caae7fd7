package org.ldnworkbench.charts.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.charts.core.ChartPalette;
import org.ldnworkbench.charts.core.OutputChart;
import org.ldnworkbench.charts.core.OutputChart.Line;
import org.ldnworkbench.charts.core.PlotZoom;
import org.ldnworkbench.charts.core.TimeAxis;

class PlotZoomTest {
    /** 100 pixels wide, from x = 50: pixel 50 + k is k % of the domain. */
    private static final Rectangle2D AREA = new Rectangle2D.Double(50, 10, 100, 80);

    /** Time 0 to 100 h, one point an hour: y rises to 1 by hour 50, then stays between 0.9 and 1. */
    private static XYPlot plot() {
        double[] t = new double[101];
        double[] y = new double[101];
        for (int i = 0; i <= 100; i++) {
            t[i] = i;
            y[i] = i <= 50 ? i / 50.0 : 0.9 + 0.1 * (i % 2);
        }
        return OutputChart.of("x.y", "", "1", List.of(), List.of(new Line("a", t, y, 0, false, false)),
                TimeAxis.HOURS, ChartPalette.named("okabe-ito")).build().getXYPlot();
    }

    private static Range domain(XYPlot p) {
        return p.getDomainAxis().getRange();
    }

    @Test
    void zoomingShowsTheStretchAndFitsTheValueAxisToIt() {
        XYPlot p = plot();
        assertFalse(PlotZoom.isZoomed(p));
        PlotZoom.zoomDomain(p, 80, 60);
        assertTrue(PlotZoom.isZoomed(p));
        assertEquals(new Range(60, 80), domain(p));
        Range y = p.getRangeAxis().getRange();
        assertTrue(y.getLowerBound() > 0.8 && y.getLowerBound() < 0.9, "fitted below: " + y);
        assertTrue(y.getUpperBound() > 1.0 && y.getUpperBound() < 1.1, "fitted above: " + y);
    }

    @Test
    void zoomingStaysInTheDataAndAllOfItIsAReset() {
        XYPlot p = plot();
        PlotZoom.zoomDomain(p, 90, 150);
        assertEquals(new Range(90, 100), domain(p));
        PlotZoom.zoomDomain(p, -10, 200);
        assertFalse(PlotZoom.isZoomed(p));
        assertTrue(p.getRangeAxis().isAutoRange());
    }

    @Test
    void pixelsAreTurnedIntoTimesThroughTheAxis() {
        XYPlot p = plot();
        PlotZoom.zoomPixels(p, AREA, 70, 90);
        assertEquals(20, domain(p).getLowerBound(), 1e-9);
        assertEquals(40, domain(p).getUpperBound(), 1e-9);
        assertEquals(30, PlotZoom.valueAt(p, AREA, 100), 1e-9);
    }

    @Test
    void theWheelZoomKeepsTheTimeUnderThePointer() {
        XYPlot p = plot();
        PlotZoom.zoomAround(p, AREA, 75, 0.5); // 25 h stays at a quarter of the width
        assertEquals(12.5, domain(p).getLowerBound(), 1e-9);
        assertEquals(62.5, domain(p).getUpperBound(), 1e-9);
        assertEquals(25, PlotZoom.valueAt(p, AREA, 75), 1e-9);
        PlotZoom.zoomAround(p, AREA, 75, 4);
        assertFalse(PlotZoom.isZoomed(p), "zoomed out past all the data");
    }

    @Test
    void zoomingOutNearAnEndShowsMoreOfTheOtherSide() {
        XYPlot p = plot();
        PlotZoom.zoomDomain(p, 80, 100);
        PlotZoom.zoomAround(p, AREA, 100, 2); // around the middle (90 h): 70 to 110 wanted, 60 to 100 shown
        assertEquals(new Range(60, 100), domain(p));
    }

    @Test
    void panningMovesTheStretchWithinTheData() {
        XYPlot p = plot();
        PlotZoom.zoomDomain(p, 20, 40);
        PlotZoom.panPixels(p, AREA, 50); // half the width: 10 h later
        assertEquals(30, domain(p).getLowerBound(), 1e-9);
        assertEquals(50, domain(p).getUpperBound(), 1e-9);
        PlotZoom.panPixels(p, AREA, -1000);
        assertEquals(new Range(0, 20), domain(p));
        PlotZoom.panPixels(p, AREA, 1000);
        assertEquals(new Range(80, 100), domain(p));
    }

    @Test
    void resetShowsEverything() {
        XYPlot p = plot();
        PlotZoom.zoomDomain(p, 20, 40);
        PlotZoom.reset(p);
        assertFalse(PlotZoom.isZoomed(p));
        assertEquals(new Range(0, 100), domain(p));
    }
}
