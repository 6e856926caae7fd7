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
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.SamplingXYLineRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * A line chart of one or more series rendered with JFreeChart, headless (PNG), with axis labels and units, a legend
 * below the plot and a colour-blind-safe palette ({@link ChartPalette}). Each line has a {@link LineStyle}: its
 * palette colour, whether it is faded (an earlier run kept for comparison: drawn light and thin behind the others
 * and left out of the legend) and whether it is dashed. Long series are thinned to at most {@link #MAX_POINTS} points per
 * line, keeping each bucket's minimum and maximum so peaks and troughs stay visible; a PNG draws no more than two
 * points per pixel column of its width (the minimum and maximum of that column), which looks the same as all points
 * and costs a fraction of drawing them.
 */
public final class LineChart {
    /** Points drawn per series at most (a PNG draws at most two per pixel column of its width). */
    public static final int MAX_POINTS = 4000;

    /** Share of white mixed into a faded line's colour: light enough to read as background, still its hue. */
    static final float FADE_TO_WHITE = 0.6f;

    private static final float LINE_WIDTH = 1.6f;
    private static final float FADED_LINE_WIDTH = 1.0f;
    private static final float[] DASHES = { 6f, 4f };
    private static final Color GRID = new Color(226, 226, 226);
    private static final BasicStroke GRID_STROKE = new BasicStroke(0.5f);

    /**
     * How one line is drawn.
     *
     * @param colour index into the chart's palette
     * @param faded drawn light and thin, behind the other lines, and not in the legend
     * @param dashed drawn dashed (e.g. a second line of the same colour)
     */
    public record LineStyle(int colour, boolean faded, boolean dashed) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<ChartSeries> series;
    private final java.util.Map<Integer, LineStyle> styles = new java.util.HashMap<>();
    private ChartPalette palette = ChartPalette.named(ChartPalette.OKABE_ITO);
    private boolean logX;
    private boolean logY;
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

    /**
     * Logarithmic y axis (e.g. concentrations over decades). Points with a y value of zero or less cannot be drawn
     * on it and are left out, as are levels at zero or below.
     */
    public LineChart logY(boolean v) {
        logY = v;
        return this;
    }

    /** The palette the line colours index into; Okabe-Ito when not set. */
    public LineChart palette(ChartPalette p) {
        palette = java.util.Objects.requireNonNull(p);
        return this;
    }

    /**
     * How the line of {@code series[index]} is drawn. Without a style, line {@code i} has colour {@code i}, is not
     * faded and is dashed once the palette's colours repeat.
     */
    public LineChart style(int index, LineStyle style) {
        java.util.Objects.checkIndex(index, series.size());
        styles.put(index, java.util.Objects.requireNonNull(style));
        return this;
    }

    /** @return the style of line {@code index}: the one set, else the default described at {@link #style} */
    public LineStyle styleOf(int index) {
        LineStyle s = styles.get(index);
        return s != null ? s : new LineStyle(index, false, index >= palette.size());
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

    /**
     * The chart for a screen, where the user zooms: every point of every series is kept (the data is not copied,
     * except the positive values on a log axis), and lines without markers are drawn by a renderer that samples the
     * shown points per pixel column (the minimum and maximum of each column), so that a long run draws as fast as a
     * thinned one at any zoom, and a zoom into one day shows that day's every sample. Same look as {@link #build()}.
     */
    public JFreeChart buildForScreen() {
        List<Integer> order = drawingOrder();
        DefaultXYDataset data = new DefaultXYDataset();
        for (int i : order) {
            ChartSeries s = logY ? positive(series.get(i)) : series.get(i);
            data.addSeries(new LineKey(s.name(), i), new double[][] { s.x(), s.y() });
        }
        if (markers) {
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
            r.setDrawSeriesLineAsPath(true);
            return build(order, data, r);
        }
        return build(order, data, new SamplingXYLineRenderer());
    }

    /**
     * @param maxPoints points per series at most (minimum and maximum of each of {@code maxPoints / 2} buckets)
     */
    private JFreeChart build(int maxPoints) {
        return build(maxPoints, new XYLineAndShapeRenderer(true, markers));
    }

    /**
     * @param maxPoints points per series at most (minimum and maximum of each of {@code maxPoints / 2} buckets)
     * @param r the renderer: a plain one, or one whose lines {@link RasterLines} draws
     */
    private JFreeChart build(int maxPoints, XYLineAndShapeRenderer r) {
        List<Integer> order = drawingOrder();
        DefaultXYDataset data = new DefaultXYDataset();
        for (int i : order) {
            ChartSeries s = series.get(i);
            data.addSeries(new LineKey(s.name(), i), thin(logY ? positive(s) : s, maxPoints));
        }
        // one path per series instead of one stroke per segment: a third of the drawing time, same picture
        r.setDrawSeriesLineAsPath(true);
        return build(order, data, r);
    }

    /** The chart of {@code data} (series in {@code order}), drawn by {@code r}. */
    private JFreeChart build(List<Integer> order, XYDataset data, AbstractXYItemRenderer r) {
        ValueAxis x = logX ? logAxis(xLabel) : linearAxis(xLabel);
        ValueAxis y;
        if (logY) {
            y = logAxis(yLabel);
        } else {
            NumberAxis na = new NumberAxis(yLabel);
            na.setAutoRangeIncludesZero(false);
            y = na;
        }
        Font axisFont = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
        Font tickFont = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        x.setLabelFont(axisFont);
        y.setLabelFont(axisFont);
        x.setTickLabelFont(tickFont);
        y.setTickLabelFont(tickFont);
        for (int k = 0; k < order.size(); k++) {
            LineStyle style = styleOf(order.get(k));
            Color c = palette.colour(style.colour());
            r.setSeriesPaint(k, style.faded() ? towardsWhite(c, FADE_TO_WHITE) : c);
            r.setSeriesStroke(k, new BasicStroke(style.faded() ? FADED_LINE_WIDTH : LINE_WIDTH, BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND, 1f, style.dashed() ? DASHES : null, 0f));
            r.setSeriesVisibleInLegend(k, !style.faded());
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        // the last series is drawn first: faded lines (last) lie behind, the first line on top of all
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
        plot.setBackgroundPaint(Color.WHITE);
        // solid, thin and light: JFreeChart's dotted default cut each grid line into a hundred strokes, a sixth of
        // the time of a plot (docs/BENCHMARKS.md, section 5)
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(GRID_STROKE);
        plot.setRangeGridlineStroke(GRID_STROKE);
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        for (int i = 0; i < levels.size(); i++) {
            if (logY && levels.get(i)[0] <= 0) {
                continue;
            }
            plot.addRangeMarker(levelMarker(levels.get(i)[0], levelLabels.get(i)));
        }
        JFreeChart chart = new JFreeChart(null, null, plot, hasLegend(order));
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

    /** @return the series indices in dataset order: the lines that are not faded, then the faded ones */
    private List<Integer> drawingOrder() {
        List<Integer> order = new java.util.ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < series.size(); i++) {
                if (styleOf(i).faded() == (pass == 1)) {
                    order.add(i);
                }
            }
        }
        return order;
    }

    /** A legend when it tells lines apart: more than one line that is not faded, or one with a name. */
    private boolean hasLegend(List<Integer> order) {
        List<Integer> shown = order.stream().filter(i -> !styleOf(i).faded()).toList();
        return shown.size() > 1 || shown.size() == 1 && !series.get(shown.get(0)).name().isEmpty();
    }

    private static NumberAxis linearAxis(String label) {
        NumberAxis na = new NumberAxis(label);
        na.setAutoRangeIncludesZero(false);
        na.setLowerMargin(0);
        na.setUpperMargin(0);
        return na;
    }

    /** A base-10 axis with one labelled tick per decade in plain numbers (0.1, 1, 10, 100), minor ticks between. */
    private static LogAxis logAxis(String label) {
        LogAxis la = new LogAxis(label);
        la.setBase(10);
        la.setSmallestValue(1e-9);
        java.text.DecimalFormat plain = new java.text.DecimalFormat("0.###",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        la.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1.0, plain));
        la.setNumberFormatOverride(plain);
        la.setMinorTickCount(9);
        la.setMinorTickMarksVisible(true);
        return la;
    }

    private static org.jfree.chart.plot.ValueMarker levelMarker(double value, String label) {
        org.jfree.chart.plot.ValueMarker m = new org.jfree.chart.plot.ValueMarker(value);
        m.setPaint(new Color(90, 90, 90));
        m.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 5f, 4f },
                0f));
        m.setLabel(label);
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        m.setLabelPaint(new Color(60, 60, 60));
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        m.setLabelOffset(new RectangleInsets(2, 4, 2, 6));
        m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        return m;
    }

    /** @return {@code c} with {@code share} of white mixed in (opaque, so SVG and PDF show it as the screen does) */
    static Color towardsWhite(Color c, float share) {
        return new Color(mix(c.getRed(), share), mix(c.getGreen(), share), mix(c.getBlue(), share));
    }

    private static int mix(int channel, float share) {
        return Math.round(channel + (255 - channel) * share);
    }

    /**
     * The key of a line in the chart's dataset: its name, shown in the legend and in tooltips, and its index, so that
     * two lines of one name (a run and its faded predecessor) are two series, as JFreeChart requires.
     */
    private record LineKey(String name, int index) implements Comparable<LineKey> {
        @Override
        public int compareTo(LineKey o) {
            return Integer.compare(index, o.index);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Renders to PNG, written atomically enough for a staging folder (plain write). */
    public void writePng(Path file, int width, int height) throws IOException {
        byte[] png = png(width, height);
        try (OutputStream os = Files.newOutputStream(file)) {
            os.write(png);
        }
    }

    /**
     * Renders the chart as a PNG image: {@link #image} encoded by {@link PngEncoder}. Thread-safe for distinct charts,
     * so that the plots of a run can be rendered in parallel; {@link PngRenderer} renders many without allocating an
     * image for each.
     *
     * @return the bytes of the PNG file
     */
    public byte[] png(int width, int height) {
        return new PngRenderer(width, height).png(this);
    }

    /**
     * Draws the chart as the PNG shows it: at most two points per pixel column of {@code width} per series, on an
     * opaque image (the background is white); lines without markers are drawn by {@link RasterLines}, everything
     * else by JFreeChart.
     *
     * @return a {@code TYPE_INT_RGB} image of {@code width} x {@code height} pixels
     */
    public BufferedImage image(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        drawInto(image, markers ? null : PolylineRaster.of(image));
        return image;
    }

    /**
     * Draws the chart as {@link #image} does into {@code image}, whatever it held before: JFreeChart first paints the
     * whole image with the chart's white background.
     *
     * @param image a {@code TYPE_INT_RGB} image
     * @param lines the line drawing of {@code image}'s pixels, with no coverage pending; unused (may be null) for a
     *        chart with markers, whose lines JFreeChart draws
     */
    void drawInto(BufferedImage image, PolylineRaster lines) {
        int width = image.getWidth();
        int height = image.getHeight();
        Graphics2D g = image.createGraphics();
        try {
            int points = Math.min(MAX_POINTS, 2 * width);
            if (markers) {
                build(points).draw(g, new Rectangle2D.Double(0, 0, width, height), null, null);
            } else {
                RasterLines.draw(build(points, new RasterLines.LinesDrawnLater()), image, g, lines);
            }
        } finally {
            g.dispose();
        }
    }

    /**
     * @return the points of {@code s} as {@code {x, y}}, thinned to at most {@code maxPoints} (plus the last point):
     *         the minimum and the maximum of each of {@code maxPoints / 2} buckets in their order, so that a one-sample
     *         peak stays; arrays of primitives, which JFreeChart scans and draws without a boxed number per point (the
     *         series' own arrays when they have no more points: the chart only reads them, as {@link #buildForScreen})
     */
    private static double[][] thin(ChartSeries s, int maxPoints) {
        double[] xs = s.x();
        double[] ys = s.y();
        int n = xs.length;
        if (n <= maxPoints) {
            return new double[][] { xs, ys };
        }
        int buckets = maxPoints / 2;
        double[] x = new double[2 * buckets + 1];
        double[] y = new double[2 * buckets + 1];
        int k = 0;
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
            x[k] = xs[a];
            y[k++] = ys[a];
            if (c != a) {
                x[k] = xs[c];
                y[k++] = ys[c];
            }
        }
        x[k] = xs[n - 1];
        y[k++] = ys[n - 1];
        return new double[][] { java.util.Arrays.copyOf(x, k), java.util.Arrays.copyOf(y, k) };
    }

    /** @return the points of {@code s} whose y is above zero (a log axis cannot show the others) */
    private static ChartSeries positive(ChartSeries s) {
        double[] xs = s.x();
        double[] ys = s.y();
        int n = 0;
        for (double y : ys) {
            if (y > 0) {
                n++;
            }
        }
        if (n == ys.length) {
            return s;
        }
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0, k = 0; i < ys.length; i++) {
            if (ys[i] > 0) {
                x[k] = xs[i];
                y[k++] = ys[i];
            }
        }
        return new ChartSeries(s.name(), x, y);
    }
}
