package org.ldnworkbench.charts.core;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A line chart of one or more series rendered with JFreeChart, headless (PNG), with axis labels and units, a legend
 * below the plot and a colour-blind-safe palette. Long series are thinned to at most {@link #MAX_POINTS} points per
 * line, keeping each bucket's minimum and maximum so peaks and troughs stay visible; a PNG draws no more than two
 * points per pixel column of its width (the minimum and maximum of that column), which looks the same as all points
 * and costs a fraction of drawing them.
 */
public final class LineChart {
    /** Points drawn per series at most (a PNG draws at most two per pixel column of its width). */
    public static final int MAX_POINTS = 4000;

    /** Okabe-Ito palette (colour-blind safe). */
    private static final Color[] PALETTE = { new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
            new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0),
            new Color(240, 228, 66) };

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<ChartSeries> series;
    private boolean logX;
    private boolean markers;
    private final java.util.List<double[]> levels = new java.util.ArrayList<>();
    private final java.util.List<String> levelLabels = new java.util.ArrayList<>();

    public LineChart(String title, String xLabel, String yLabel, List<ChartSeries> series) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.series = List.copyOf(series);
    }

    /** Logarithmic x axis (e.g. dose scans over decades). */
    public LineChart logX(boolean v) {
        logX = v;
        return this;
    }

    /** Draw a marker at each data point (for scans with few points). */
    public LineChart markers(boolean v) {
        markers = v;
        return this;
    }

    /** A dashed horizontal reference line, e.g. a threshold, labelled at its right end. */
    public LineChart level(double y, String label) {
        levels.add(new double[] { y });
        levelLabels.add(label);
        return this;
    }

    /** The chart with each series thinned to at most {@link #MAX_POINTS} points. */
    public JFreeChart build() {
        return build(MAX_POINTS);
    }

    /** @param maxPoints points per series at most (minimum and maximum of each of {@code maxPoints / 2} buckets) */
    private JFreeChart build(int maxPoints) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (ChartSeries s : series) {
            XYSeries xy = new XYSeries(s.name(), false, true);
            thin(s, xy, maxPoints);
            data.addSeries(xy);
        }
        ValueAxis x;
        if (logX) {
            LogAxis la = new LogAxis(xLabel);
            la.setBase(10);
            la.setSmallestValue(1e-9);
            // one labelled tick per decade, in plain numbers (0.1, 1, 10, 100), minor ticks between
            la.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1.0, new java.text.DecimalFormat("0.###",
                    java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))));
            la.setNumberFormatOverride(new java.text.DecimalFormat("0.###",
                    java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
            la.setMinorTickCount(9);
            la.setMinorTickMarksVisible(true);
            x = la;
        } else {
            NumberAxis na = new NumberAxis(xLabel);
            na.setAutoRangeIncludesZero(false);
            na.setLowerMargin(0);
            na.setUpperMargin(0);
            x = na;
        }
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        Font axisFont = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
        Font tickFont = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        x.setLabelFont(axisFont);
        y.setLabelFont(axisFont);
        x.setTickLabelFont(tickFont);
        y.setTickLabelFont(tickFont);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, markers);
        // one path per series instead of one stroke per segment: a third of the drawing time, same picture
        r.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < series.size(); i++) {
            r.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            r.setSeriesStroke(i, new BasicStroke(i < PALETTE.length ? 1.6f : 1.6f, BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND, 1f, i >= PALETTE.length ? new float[] { 6f, 4f } : null, 0f));
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        for (int i = 0; i < levels.size(); i++) {
            org.jfree.chart.plot.ValueMarker m = new org.jfree.chart.plot.ValueMarker(levels.get(i)[0]);
            m.setPaint(new Color(90, 90, 90));
            m.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 5f, 4f },
                    0f));
            m.setLabel(levelLabels.get(i));
            m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            m.setLabelPaint(new Color(60, 60, 60));
            m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            m.setLabelOffset(new RectangleInsets(2, 4, 2, 6));
            m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(m);
        }
        JFreeChart chart = new JFreeChart(null, null, plot, series.size() > 1 || !series.get(0).name().isEmpty());
        TextTitle t = new TextTitle(title, new Font(Font.SANS_SERIF, Font.BOLD, 16));
        chart.setTitle(t);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    /** Renders to PNG, written atomically enough for a staging folder (plain write). */
    public void writePng(Path file, int width, int height) throws IOException {
        byte[] png = png(width, height);
        try (OutputStream os = Files.newOutputStream(file)) {
            os.write(png);
        }
    }

    /**
     * Renders the chart as a PNG image: at most two points per pixel column of {@code width} per series, drawn on an
     * opaque image (the background is white) and encoded by {@link PngEncoder}. Thread-safe for distinct charts, so
     * that the plots of a run can be rendered in parallel.
     *
     * @return the bytes of the PNG file
     */
    public byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            build(Math.min(MAX_POINTS, 2 * width)).draw(g, new Rectangle2D.Double(0, 0, width, height), null, null);
        } finally {
            g.dispose();
        }
        return PngEncoder.encode(image);
    }

    private static void thin(ChartSeries s, XYSeries xy, int maxPoints) {
        double[] xs = s.x();
        double[] ys = s.y();
        int n = xs.length;
        if (n <= maxPoints) {
            for (int i = 0; i < n; i++) {
                xy.add(xs[i], ys[i], false);
            }
            xy.fireSeriesChanged();
            return;
        }
        int buckets = maxPoints / 2;
        double per = (double) n / buckets;
        for (int b = 0; b < buckets; b++) {
            int from = (int) (b * per);
            int to = Math.min(n, (int) ((b + 1) * per));
            int iMin = from;
            int iMax = from;
            for (int i = from; i < to; i++) {
                if (ys[i] < ys[iMin]) {
                    iMin = i;
                }
                if (ys[i] > ys[iMax]) {
                    iMax = i;
                }
            }
            int a = Math.min(iMin, iMax);
            int c = Math.max(iMin, iMax);
            xy.add(xs[a], ys[a], false);
            if (c != a) {
                xy.add(xs[c], ys[c], false);
            }
        }
        xy.add(xs[n - 1], ys[n - 1], false);
        xy.fireSeriesChanged();
    }
}
