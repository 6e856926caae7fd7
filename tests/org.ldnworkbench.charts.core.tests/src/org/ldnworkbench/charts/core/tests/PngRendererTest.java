package org.ldnworkbench.charts.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.charts.core.ChartSeries;
import org.ldnworkbench.charts.core.LineChart;
import org.ldnworkbench.charts.core.PngRenderer;

/**
 * A renderer that keeps its image and buffers from one chart to the next writes each chart's PNG as if it were its
 * first: nothing of an earlier chart (its lines, its coverage, its last row) shows in a later one.
 */
class PngRendererTest {
    private static final int WIDTH = 480;
    private static final int HEIGHT = 300;

    /** A wave of {@code n} points with a level: {@code dashed} draws it dashed, {@code markers} with markers. */
    private static LineChart wave(String title, int n, double frequency, boolean dashed, boolean markers) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = Math.sin(i * frequency) + i / (double) n;
        }
        return new LineChart(title, "Time [h]", "signal [1]", List.of(new ChartSeries("wave", x, y)))
                .style(0, new LineChart.LineStyle(0, false, dashed)).level(0.8, "threshold").markers(markers);
    }

    @Test
    void eachPngIsWhatTheChartAloneWrites() {
        LineChart dense = wave("Dense", 5000, 0.05, false, false);
        LineChart dashed = wave("Dashed", 300, 0.2, true, false);
        LineChart marked = wave("Marked", 40, 0.5, false, true);
        PngRenderer renderer = new PngRenderer(WIDTH, HEIGHT);
        byte[] first = renderer.png(dense);
        assertArrayEquals(dashed.png(WIDTH, HEIGHT), renderer.png(dashed), "after a dense chart");
        assertArrayEquals(marked.png(WIDTH, HEIGHT), renderer.png(marked), "after a dashed chart");
        assertArrayEquals(first, renderer.png(dense), "the first chart again, after two others");
        assertArrayEquals(dense.png(WIDTH, HEIGHT), first, "the first chart");
    }

    @Test
    void thePngHoldsTheChartsPicture() throws IOException {
        LineChart chart = wave("Dense", 5000, 0.05, false, false);
        PngRenderer renderer = new PngRenderer(WIDTH, HEIGHT);
        renderer.png(wave("Before", 300, 0.2, true, false));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(renderer.png(chart)));
        BufferedImage drawn = chart.image(WIDTH, HEIGHT);
        assertEquals(WIDTH, decoded.getWidth());
        assertEquals(HEIGHT, decoded.getHeight());
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int at = x;
                int row = y;
                assertEquals(drawn.getRGB(x, y) & 0xffffff, decoded.getRGB(x, y) & 0xffffff,
                        () -> "pixel " + at + ", " + row);
            }
        }
    }
}
