package org.ldnworkbench.charts.core;

import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;

/**
 * Zooming and panning the time (domain) axis of a chart, without a toolkit: a screen component turns mouse and keys
 * into these calls with pixel positions inside the chart's data area. The domain never leaves the data (no empty
 * time before the start or after the end), and the value axis follows the zoom: it is fitted to the points in the
 * shown time range, so that zooming into the last days of a course shows their oscillation full height instead of a
 * flat line. Reset gives both axes back to automatic ranges. Pixel arithmetic goes through the axes, so a log axis
 * zooms evenly too.
 */
public final class PlotZoom {
    /** Share of the fitted value range added below and above, so that no line runs along the frame. */
    static final double RANGE_MARGIN = 0.05;

    /** Narrowest shown domain, as a share of the whole: below this the axis has no distinct ticks. */
    static final double MIN_SHARE = 1e-6;

    private PlotZoom() {
    }

    /** @return whether the domain shows less than all the data (a zoom is in place) */
    public static boolean isZoomed(XYPlot plot) {
        return !plot.getDomainAxis().isAutoRange();
    }

    /** Shows all the data on both axes again. */
    public static void reset(XYPlot plot) {
        plot.getDomainAxis().setAutoRange(true);
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            if (plot.getRangeAxis(i) != null) {
                plot.getRangeAxis(i).setAutoRange(true);
            }
        }
    }

    /**
     * Shows the domain from {@code lo} to {@code hi} (in either order), kept within the data, and fits the value axis
     * to what is shown. A range as wide as the data or wider is a {@link #reset}.
     */
    public static void zoomDomain(XYPlot plot, double lo, double hi) {
        Range data = dataDomain(plot);
        if (data == null || Double.isNaN(lo) || Double.isNaN(hi)) {
            return;
        }
        DomainZoom z = new DomainZoom(Math.min(lo, hi), Math.max(lo, hi)).within(data.getLowerBound(),
                data.getUpperBound(), MIN_SHARE * data.getLength());
        if (z.lo() <= data.getLowerBound() && z.hi() >= data.getUpperBound()) {
            reset(plot);
            return;
        }
        plot.getDomainAxis().setRange(z.lo(), z.hi());
        fitRange(plot, z.lo(), z.hi());
    }

    /** Zooms the domain to the pixels from {@code x1} to {@code x2} of {@code dataArea}. */
    public static void zoomPixels(XYPlot plot, Rectangle2D dataArea, double x1, double x2) {
        zoomDomain(plot, valueAt(plot, dataArea, x1), valueAt(plot, dataArea, x2));
    }

    /**
     * Zooms the domain by {@code factor} around pixel {@code x}, which keeps showing the same time: factor below 1
     * zooms in (0.8: a fifth narrower), above 1 out. Zooming out near an end of the data keeps the wider width by
     * showing more on the other side.
     */
    public static void zoomAround(XYPlot plot, Rectangle2D dataArea, double x, double factor) {
        Range data = dataDomain(plot);
        if (data == null) {
            return;
        }
        double left = dataArea.getMinX();
        double right = dataArea.getMaxX();
        double px = Math.max(left, Math.min(right, x));
        double lo = valueAt(plot, dataArea, px - (px - left) * factor);
        double hi = valueAt(plot, dataArea, px + (right - px) * factor);
        DomainZoom z = new DomainZoom(Math.min(lo, hi), Math.max(lo, hi)).shiftedInto(data.getLowerBound(),
                data.getUpperBound());
        zoomDomain(plot, z.lo(), z.hi());
    }

    /**
     * Moves the shown domain by {@code pixels} of the data area: positive shows later times (the picture moves
     * left), as far as the data goes; the width shown stays.
     */
    public static void panPixels(XYPlot plot, Rectangle2D dataArea, double pixels) {
        Range data = dataDomain(plot);
        if (data == null || !isZoomed(plot)) {
            return;
        }
        double lo = valueAt(plot, dataArea, dataArea.getMinX() + pixels);
        double hi = valueAt(plot, dataArea, dataArea.getMaxX() + pixels);
        DomainZoom z = new DomainZoom(lo, hi).shiftedInto(data.getLowerBound(), data.getUpperBound());
        plot.getDomainAxis().setRange(z.lo(), z.hi());
        fitRange(plot, z.lo(), z.hi());
    }

    /** @return the domain value at pixel {@code x} of {@code dataArea} */
    public static double valueAt(XYPlot plot, Rectangle2D dataArea, double x) {
        return plot.getDomainAxis().java2DToValue(x, dataArea, plot.getDomainAxisEdge());
    }

    /** @return the bounds of all the plot's data on the domain axis, or null without data */
    static Range dataDomain(XYPlot plot) {
        return plot.getDataRange(plot.getDomainAxis());
    }

    /** Fits the (first) value axis to the points whose x lies within {@code lo..hi}. */
    private static void fitRange(XYPlot plot, double lo, double hi) {
        ValueAxis axis = plot.getRangeAxis();
        boolean positiveOnly = axis instanceof org.jfree.chart.axis.LogAxis;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            if (data == null) {
                continue;
            }
            for (int s = 0; s < data.getSeriesCount(); s++) {
                for (int i = 0; i < data.getItemCount(s); i++) {
                    double x = data.getXValue(s, i);
                    double y = data.getYValue(s, i);
                    if (x >= lo && x <= hi && !Double.isNaN(y) && (!positiveOnly || y > 0)) {
                        min = Math.min(min, y);
                        max = Math.max(max, y);
                    }
                }
            }
        }
        if (min > max) {
            axis.setAutoRange(true);
            return;
        }
        if (positiveOnly) {
            double f = Math.pow(max / min, RANGE_MARGIN);
            axis.setRange(min / Math.max(f, 1.01), max * Math.max(f, 1.01));
        } else {
            double margin = (max - min) * RANGE_MARGIN;
            if (margin == 0) {
                margin = Math.max(Math.abs(max) * RANGE_MARGIN, 1e-9);
            }
            axis.setRange(min - margin, max + margin);
        }
    }
}
