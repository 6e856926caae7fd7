package org.ldnworkbench.charts.core;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;

/**
 * Draws a line chart into a PNG's image with its lines drawn by {@link PolylineRaster} instead of Java2D: JFreeChart
 * draws everything else (background, grid, axes, titles, legend: the legend's line samples still come from the
 * renderer's strokes and colours) with a renderer that leaves the lines out; then the lines are drawn in the
 * renderer's order with its colours, widths and dashes, and the reference levels and the plot's outline on top, as
 * JFreeChart draws them. Same picture as {@link JFreeChart#draw} within the anti-aliasing of the lines, in a third of
 * the time (docs/BENCHMARKS.md, section 5).
 */
final class RasterLines {
    private RasterLines() {
    }

    /**
     * A renderer whose lines are drawn afterwards by {@link #draw}: it draws no item, and everything else (legend
     * items, series colours and strokes, markers) is its superclass's.
     */
    static final class LinesDrawnLater extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;

        LinesDrawnLater() {
            super(true, false);
        }

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series, int item,
                CrosshairState crosshairState, int pass) {
            // the lines are drawn by RasterLines.draw once the chart is drawn
        }
    }

    /**
     * Draws {@code chart}, whose renderer is a {@link LinesDrawnLater}, into {@code image} through {@code g}.
     *
     * @param image an opaque {@code TYPE_INT_RGB} image
     * @param lines the line drawing of {@code image}'s pixels
     */
    static void draw(JFreeChart chart, BufferedImage image, Graphics2D g, PolylineRaster lines) {
        XYPlot plot = chart.getXYPlot();
        if (!(plot.getRenderer() instanceof LinesDrawnLater renderer)) {
            throw new IllegalArgumentException("the chart's renderer draws its own lines");
        }
        // the levels go on top of the lines, as XYPlot draws its foreground markers after the series
        List<Marker> levels = new ArrayList<>();
        if (plot.getRangeMarkers(Layer.FOREGROUND) != null) {
            for (Object m : plot.getRangeMarkers(Layer.FOREGROUND)) {
                levels.add((Marker) m);
            }
        }
        plot.clearRangeMarkers();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight()), null, info);
        Rectangle2D dataArea = info.getPlotInfo().getDataArea();
        drawLines(plot, renderer, lines, dataArea);
        Shape clip = g.getClip();
        g.clip(dataArea);
        for (Marker m : levels) {
            renderer.drawRangeMarker(g, plot, plot.getRangeAxis(), m, dataArea);
        }
        g.setClip(clip);
        plot.drawOutline(g, dataArea);
        for (Marker m : levels) {
            plot.addRangeMarker(0, m, Layer.FOREGROUND, false);
        }
    }

    /** Draws every series of the plot's dataset, the last first (the plot's order: the first line on top). */
    private static void drawLines(XYPlot plot, XYLineAndShapeRenderer renderer, PolylineRaster raster,
            Rectangle2D dataArea) {
        Rectangle clip = pixelsWithin(dataArea);
        XYDataset data = plot.getDataset();
        ValueAxis xAxis = plot.getDomainAxis();
        ValueAxis yAxis = plot.getRangeAxis();
        for (int s = data.getSeriesCount() - 1; s >= 0; s--) {
            int n = data.getItemCount(s);
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = xAxis.valueToJava2D(data.getXValue(s, i), dataArea, plot.getDomainAxisEdge());
                ys[i] = yAxis.valueToJava2D(data.getYValue(s, i), dataArea, plot.getRangeAxisEdge());
            }
            BasicStroke stroke = basic(renderer.getSeriesStroke(s), s);
            raster.draw(xs, ys, n, stroke.getLineWidth(), stroke.getDashArray(), rgb(renderer.getSeriesPaint(s), s),
                    clip);
        }
    }

    /** @return the pixels whose centres lie in {@code area}, as Java2D fills a clip */
    static Rectangle pixelsWithin(Rectangle2D area) {
        int x0 = (int) Math.ceil(area.getMinX() - 0.5);
        int y0 = (int) Math.ceil(area.getMinY() - 0.5);
        int x1 = (int) Math.floor(area.getMaxX() - 0.5);
        int y1 = (int) Math.floor(area.getMaxY() - 0.5);
        return new Rectangle(x0, y0, Math.max(0, x1 - x0 + 1), Math.max(0, y1 - y0 + 1));
    }

    private static BasicStroke basic(Stroke stroke, int series) {
        if (stroke instanceof BasicStroke b) {
            return b;
        }
        throw new IllegalStateException("series " + series + " has no BasicStroke: " + stroke);
    }

    private static int rgb(Paint paint, int series) {
        if (paint instanceof Color c && c.getAlpha() == 255) {
            return c.getRGB() & 0xffffff;
        }
        throw new IllegalStateException("series " + series + " has no opaque colour: " + paint);
    }
}
