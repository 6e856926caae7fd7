package org.ldnworkbench.charts.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.charts.core.ChartPalette;
import org.ldnworkbench.charts.core.NearestPoint;
import org.ldnworkbench.charts.core.NearestPoint.Hit;
import org.ldnworkbench.charts.core.OutputChart;
import org.ldnworkbench.charts.core.OutputChart.Line;
import org.ldnworkbench.charts.core.TimeAxis;

class NearestPointTest {
    /** 100 x 100 pixels from (0, 0). */
    private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 100, 100);

    /** Two flat lines over 0 to 10 days, at 0.25 ("low") and 0.75 ("high"), y axis fixed to 0..1. */
    private static XYPlot plot() {
        double[] t = new double[11];
        double[] low = new double[11];
        double[] high = new double[11];
        for (int i = 0; i <= 10; i++) {
            t[i] = 24 * i;
            low[i] = 0.25;
            high[i] = 0.75;
        }
        XYPlot p = OutputChart.of("receptor.occupancy", "", "fraction", List.of(),
                List.of(new Line("low", t, low, 0, false, false), new Line("high", t, high, 1, false, false)),
                TimeAxis.DAYS, ChartPalette.named("okabe-ito")).build().getXYPlot();
        p.getRangeAxis().setRange(0, 1);
        return p;
    }

    @Test
    void findsThePointOfTheLineNearestOnScreen() {
        XYPlot p = plot();
        // x = 52 px is 5.2 days; y = 30 px from the top is 0.7: near "high" at day 5
        Hit hit = NearestPoint.find(p, AREA, 52, 30, 12).orElseThrow();
        assertEquals("high", hit.series());
        assertEquals(5.0, hit.x());
        assertEquals(0.75, hit.y());
        assertEquals(Math.hypot(2, 5), hit.pixelDistance(), 1e-9);
        assertEquals("low", NearestPoint.find(p, AREA, 52, 70, 12).orElseThrow().series());
    }

    @Test
    void findsNothingFarFromEveryPointOrOutsideTheData() {
        XYPlot p = plot();
        assertTrue(NearestPoint.find(p, AREA, 50, 50, 12).isEmpty(), "between the lines");
        assertTrue(NearestPoint.find(p, AREA, 150, 25, 12).isEmpty(), "right of the data area");
    }

    @Test
    void describesThePointWithNamesAndUnitsOfTheAxes() {
        Hit hit = new Hit("LDN 4.5 mg", 12.5, 0.61043, 0, 0, 0, 1);
        assertEquals("LDN 4.5 mg: t = 12.5 days, 0.6104 fraction",
                NearestPoint.describe(hit, "Time [days]", "occupancy [fraction]"));
        assertEquals("amount = 12.5 mg, 0.6104", NearestPoint.describe(new Hit("", 12.5, 0.61043, 0, 0, 0, 1),
                "amount [mg]", "occupancy"));
    }

    @Test
    void formatsFourSignificantDigits() {
        assertEquals("0.0003434", NearestPoint.format(3.4341e-4));
        assertEquals("16.49", NearestPoint.format(16.4921));
        assertEquals("1344", NearestPoint.format(1344));
        assertEquals("0", NearestPoint.format(0));
        assertEquals("1.235e-7", NearestPoint.format(1.23456e-7));
    }
}
