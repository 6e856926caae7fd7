package org.ldnworkbench.charts.core;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * The data point under the mouse: of the points drawn within a few pixels of the pointer, the nearest one on screen,
 * of whichever line it belongs to. Distances are in pixels, so a line that is close on screen wins even when its
 * values differ in another unit or on a log axis. A line's points are searched near the pointer's x only (they are in
 * time order), so hovering over 4 lines of 4,000 points costs a few comparisons.
 */
public final class NearestPoint {
    /** A point of a chart. */
    public record Hit(String series, double x, double y, int dataset, int seriesIndex, int item,
            double pixelDistance) {
    }

    private NearestPoint() {
    }

    /**
     * @param dataArea where the plot drew its data, in the chart's drawing coordinates
     * @param px the pointer's x in those coordinates
     * @param py the pointer's y
     * @param maxPixels how far from the pointer a point may be
     * @return the nearest drawn point within {@code maxPixels}, if any
     */
    public static Optional<Hit> find(XYPlot plot, Rectangle2D dataArea, double px, double py, double maxPixels) {
        if (!dataArea.contains(px, py)) {
            return Optional.empty();
        }
        Hit best = null;
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            XYItemRenderer r = plot.getRendererForDataset(data);
            if (data == null || r == null) {
                continue;
            }
            ValueAxis xAxis = plot.getDomainAxisForDataset(d);
            ValueAxis yAxis = plot.getRangeAxisForDataset(d);
            double xLo = xAxis.java2DToValue(px - maxPixels, dataArea, plot.getDomainAxisEdge());
            double xHi = xAxis.java2DToValue(px + maxPixels, dataArea, plot.getDomainAxisEdge());
            for (int s = 0; s < data.getSeriesCount(); s++) {
                if (!r.isSeriesVisible(s)) {
                    continue;
                }
                for (int i = firstAtOrAfter(data, s, Math.min(xLo, xHi)); i < data.getItemCount(s); i++) {
                    double x = data.getXValue(s, i);
                    if (x > Math.max(xLo, xHi)) {
                        break;
                    }
                    double y = data.getYValue(s, i);
                    if (Double.isNaN(y)) {
                        continue;
                    }
                    double sx = xAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
                    double sy = yAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
                    double dist = Math.hypot(sx - px, sy - py);
                    if (dist <= maxPixels && (best == null || dist < best.pixelDistance())) {
                        best = new Hit(String.valueOf(data.getSeriesKey(s)), x, y, d, s, i, dist);
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** @return the index of the first item of series {@code s} whose x is at least {@code x} (items in x order) */
    static int firstAtOrAfter(XYDataset data, int s, double x) {
        int lo = 0;
        int hi = data.getItemCount(s);
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (data.getXValue(s, mid) < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * What a tooltip says of a point: "LDN 4.5 mg: t = 12.5 days, 0.61 fraction". The names and units come from the
     * axis labels ("Time [days]", "occupancy [fraction]"): a time axis is "t", another axis its label's name
     * ("amount = 4.5 mg"); values have four significant digits.
     */
    public static String describe(Hit hit, String xAxisLabel, String yAxisLabel) {
        String xName = nameOf(xAxisLabel);
        if (xName.equalsIgnoreCase("time")) {
            xName = "t";
        }
        String x = (xName.isEmpty() ? "" : xName + " = ") + withUnit(format(hit.x()), unitOf(xAxisLabel));
        String y = withUnit(format(hit.y()), unitOf(yAxisLabel));
        return (hit.series().isEmpty() ? "" : hit.series() + ": ") + x + ", " + y;
    }

    private static String withUnit(String value, String unit) {
        return unit.isEmpty() ? value : value + " " + unit;
    }

    /** @return the unit in a label's last brackets ("Time [days]": "days"), or "" */
    static String unitOf(String label) {
        if (label == null) {
            return "";
        }
        int open = label.lastIndexOf('[');
        int close = label.lastIndexOf(']');
        return open >= 0 && close > open ? label.substring(open + 1, close).strip() : "";
    }

    /** @return a label without its unit ("Time [days]": "Time") */
    static String nameOf(String label) {
        if (label == null) {
            return "";
        }
        int open = label.lastIndexOf('[');
        return (open >= 0 ? label.substring(0, open) : label).strip();
    }

    /** @return {@code v} to four significant digits, plainly written unless very large or small */
    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros();
        double a = Math.abs(v);
        return a >= 1e-4 && a < 1e7 ? d.toPlainString() : d.toString().replace("E+", "e").replace("E", "e");
    }
}
