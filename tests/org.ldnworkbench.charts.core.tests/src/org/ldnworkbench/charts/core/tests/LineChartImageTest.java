package org.ldnworkbench.charts.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.charts.core.ChartSeries;
import org.ldnworkbench.charts.core.LineChart;

/**
 * The PNG's picture against JFreeChart's own drawing of the same chart: the PNG draws its lines itself
 * ({@code RasterLines}), everything else through JFreeChart, so outside the plot the pixels are the same, inside the
 * lines lie where JFreeChart draws them (within their anti-aliasing), and reference levels lie over the lines.
 */
class LineChartImageTest {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;

    /** Two dashed and solid waves and a level, 500 points: fewer than the PNG thins to, so both draw every point. */
    private static LineChart chart() {
        double[] x = new double[500];
        double[] y = new double[500];
        double[] half = new double[500];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
            y[i] = Math.sin(i / 20.0) * Math.exp(-i / 300.0);
            half[i] = y[i] / 2;
        }
        return new LineChart("A damped wave", "Time [h]", "signal [relative]",
                List.of(new ChartSeries("wave", x, y), new ChartSeries("half", x, half)))
                .style(1, new LineChart.LineStyle(1, false, true)).level(0.5, "threshold");
    }

    private record Reference(BufferedImage image, Rectangle dataPixels) {
    }

    private static Reference jfreeChartsDrawing(LineChart chart) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = chart.build().createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        // the pixels that may differ: the data area and the one-pixel outline around it
        Rectangle pixels = new Rectangle((int) Math.floor(area.getMinX()) - 1, (int) Math.floor(area.getMinY()) - 1,
                (int) Math.ceil(area.getWidth()) + 3, (int) Math.ceil(area.getHeight()) + 3);
        return new Reference(image, pixels);
    }

    @Test
    void outsideThePlotEveryPixelIsJFreeChartsDrawing() {
        LineChart chart = chart();
        Reference ref = jfreeChartsDrawing(chart);
        BufferedImage png = chart.image(WIDTH, HEIGHT);
        int compared = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (!ref.dataPixels().contains(x, y)) {
                    assertEquals(ref.image().getRGB(x, y), png.getRGB(x, y), "pixel " + x + "," + y);
                    compared++;
                }
            }
        }
        assertTrue(compared > WIDTH * HEIGHT / 5, "titles, axes and legend compared: " + compared + " pixels");
    }

    @Test
    void insideThePlotTheLinesLieWhereJFreeChartDrawsThem() {
        LineChart chart = chart();
        Reference ref = jfreeChartsDrawing(chart);
        BufferedImage png = chart.image(WIDTH, HEIGHT);
        Rectangle area = ref.dataPixels();
        int linePixels = 0;
        int missed = 0;
        long difference = 0;
        for (int y = area.y + 2; y < area.y + area.height - 2; y++) {
            for (int x = area.x + 2; x < area.x + area.width - 2; x++) {
                int a = ref.image().getRGB(x, y);
                int b = png.getRGB(x, y);
                difference += channelDifference(a, b);
                // a pixel JFreeChart covers mostly with a line colour has a line colour in the PNG too
                if (saturation(a) > 120) {
                    linePixels++;
                    if (saturation(b) < 60) {
                        missed++;
                    }
                }
            }
        }
        double meanDifference = (double) difference / (area.width - 4) / (area.height - 4);
        assertTrue(linePixels > 1000, "line pixels in JFreeChart's drawing: " + linePixels);
        assertTrue(missed < linePixels / 50, missed + " of " + linePixels + " line pixels missed");
        assertTrue(meanDifference < 3, "mean difference per pixel " + meanDifference + " of 765");
    }

    @Test
    void aReferenceLevelLiesOverTheLines() {
        // a line that lies on the level for most of its length: JFreeChart draws the level's dashes over it
        LineChart chart = new LineChart("Along the level", "Time [h]", "y [1]",
                List.of(new ChartSeries("along", new double[] { 0, 1, 99, 100 }, new double[] { 0, 1, 1, 2 })))
                .level(1, "");
        ChartRenderingInfo info = new ChartRenderingInfo();
        JFreeChart reference = chart.build();
        BufferedImage expected = reference.createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        XYPlot plot = reference.getXYPlot();
        int levelRow = (int) plot.getRangeAxis().valueToJava2D(1, area, plot.getRangeAxisEdge());
        BufferedImage png = chart.image(WIDTH, HEIGHT);
        long difference = 0;
        int pixels = 0;
        for (int row = levelRow - 2; row <= levelRow + 2; row++) {
            for (int col = (int) area.getMinX() + 20; col < (int) area.getMaxX() - 20; col++) {
                difference += channelDifference(expected.getRGB(col, row), png.getRGB(col, row));
                pixels++;
            }
        }
        // the line's blue over the level's grey dashes would differ by about a hundred per dash pixel
        assertTrue((double) difference / pixels < 12,
                "mean difference along the level " + (double) difference / pixels);
    }

    private static int channelDifference(int a, int b) {
        return Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff)) + Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff))
                + Math.abs((a & 0xff) - (b & 0xff));
    }

    /** @return the spread between the largest and the smallest channel: 0 for white, greys and black */
    private static int saturation(int rgb) {
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
    }
}
