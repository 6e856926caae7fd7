package org.ldnworkbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.charts.core.ChartSeries;
import org.ldnworkbench.charts.core.LineChart;

/**
 * The fast paths of writing results: CSVs formatted in blocks and in parallel hold every row of every scenario in
 * the shared number format; plots encoded by the charts' own PNG encoder hold exactly the rendered pixels and keep a
 * one-sample peak of a long series visible.
 */
class ResultFilesTest {
    @Test
    void everyScenarioCsvHoldsEveryRowInTheNumberFormat(@TempDir Path dir) throws Exception {
        assertEquals(0, CliTest.cli("run", CliTest.example("ldn-vs-standard.ldnpipe"), "--out", dir.toString(),
                "--no-plots").code());
        for (String scenario : List.of("ldn-pet", "std-pet", "ldn-rapid", "std-rapid")) {
            List<String> lines = Files.readAllLines(dir.resolve(scenario).resolve("timeseries.csv"));
            // 0 to 1344 h every 0.1 h, and the header: a block lost at a buffer boundary would show here
            assertEquals(13_442, lines.size(), scenario);
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                assertEquals(12, cells.length, line);
                for (String cell : cells) {
                    double v = Double.parseDouble(cell);
                    String expected = v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                            : Double.toString(v);
                    assertEquals(expected, cell, scenario);
                }
            }
            assertTrue(lines.get(lines.size() - 1).startsWith("1344,"), scenario);
        }
    }

    @Test
    void pngHoldsExactlyTheRenderedPixels() throws Exception {
        double[] x = new double[500];
        double[] y = new double[500];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
            y[i] = Math.sin(i / 20.0) * Math.exp(-i / 300.0);
        }
        LineChart chart = new LineChart("A damped wave", "Time [h]", "signal [relative]",
                List.of(new ChartSeries("wave", x, y), new ChartSeries("half", x, halved(y))));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(chart.png(640, 360)));
        // the picture the PNG encodes (its lines are drawn by the charts' own line drawing, LineChartImageTest
        // compares it with JFreeChart's)
        BufferedImage reference = chart.image(640, 360);
        assertEquals(640, decoded.getWidth());
        assertEquals(360, decoded.getHeight());
        for (int row = 0; row < 360; row++) {
            for (int col = 0; col < 640; col++) {
                int at = row * 640 + col;
                assertEquals(reference.getRGB(col, row) & 0xffffff, decoded.getRGB(col, row) & 0xffffff,
                        "pixel " + at);
            }
        }
    }

    @Test
    void aOneSamplePeakOfALongSeriesStaysVisible() throws Exception {
        int n = 13_441;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i / 240.0;
        }
        y[7_001] = 1.0; // one sample in 13,441: a pixel column holds 13 of them
        LineChart chart = new LineChart("A spike", "Time [days]", "Cntx [ng/mL]", List.of(new ChartSeries("", x, y)));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png(1000, 560)));
        // the line's colour (Okabe-Ito blue) in the upper third of the plot: the spike reaches the top of the range
        boolean peakDrawn = false;
        for (int row = 40; row < 200 && !peakDrawn; row++) {
            for (int col = 0; col < 1000 && !peakDrawn; col++) {
                int rgb = image.getRGB(col, row) & 0xffffff;
                peakDrawn = Math.abs((rgb >> 16) - 0) < 40 && Math.abs((rgb >> 8 & 0xff) - 114) < 40
                        && Math.abs((rgb & 0xff) - 178) < 40;
            }
        }
        assertTrue(peakDrawn, "the one-sample peak is not drawn");
    }

    private static double[] halved(double[] y) {
        double[] h = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            h[i] = y[i] / 2;
        }
        return h;
    }
}
