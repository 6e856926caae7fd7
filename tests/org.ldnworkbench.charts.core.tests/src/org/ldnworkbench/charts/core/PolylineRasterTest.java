package org.ldnworkbench.charts.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * The PNG plots' own line drawing (in the host's package: the class is not API): coverage from the distance to the
 * line, one coverage per pixel within a line, dashes along the line, the clip, and the order of lines.
 */
class PolylineRasterTest {
    private static final int W = 40;
    private static final int H = 20;
    private static final Rectangle ALL = new Rectangle(0, 0, W, H);
    private static final int WHITE = 0xffffff;

    private static int[] white() {
        int[] rgb = new int[W * H];
        Arrays.fill(rgb, WHITE);
        return rgb;
    }

    private static int red(int[] rgb, int x, int y) {
        return rgb[y * W + x] >> 16 & 0xff;
    }

    @Test
    void aPixelIsCoveredByHowFarItsCentreLiesInsideTheLine() {
        int[] rgb = white();
        // black, 1.6 px wide, along y = 10: the centres of rows 9 and 10 lie 0.5 from it, those of 8 and 11 1.5
        new PolylineRaster(rgb, W, H).draw(new double[] { 5, 35 }, new double[] { 10, 10 }, 2, 1.6, null, 0x000000,
                ALL);
        assertEquals(51, red(rgb, 20, 9), "row 9: coverage 0.8"); // 255 * (1 - (0.8 + 0.5 - 0.5))
        assertEquals(51, red(rgb, 20, 10), "row 10: coverage 0.8");
        assertEquals(255, red(rgb, 20, 8), "row 8 is outside the line");
        assertEquals(255, red(rgb, 20, 11), "row 11 is outside the line");
        // round ends: the pixel past the last point by more than the line's reach is untouched
        assertEquals(255, red(rgb, 37, 10));
    }

    @Test
    void aLineThatRunsBackOverItselfCoversEachPixelOnce() {
        int[] once = white();
        int[] twice = white();
        new PolylineRaster(once, W, H).draw(new double[] { 5, 35 }, new double[] { 10.3, 10.3 }, 2, 1.6, null,
                0x0072b2, ALL);
        new PolylineRaster(twice, W, H).draw(new double[] { 5, 35, 6, 34 }, new double[] { 10.3, 10.3, 10.3, 10.3 },
                4, 1.6, null, 0x0072b2, ALL);
        for (int x = 8; x < 32; x++) {
            for (int y = 7; y < 14; y++) {
                assertEquals(once[y * W + x], twice[y * W + x], "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void dashesFollowTheLengthAlongTheLineFromADash() {
        int[] rgb = white();
        // pattern 6 on, 4 off from x = 0: centres 0.5-5.5 in a dash, 6.5-9.5 in a gap, 10.5-15.5 in a dash...
        new PolylineRaster(rgb, W, H).draw(new double[] { 0, 20, 40 }, new double[] { 10.5, 10.5, 10.5 }, 3, 1.6,
                new float[] { 6, 4 }, 0x000000, ALL);
        for (int x : new int[] { 1, 3, 5, 11, 15, 21, 25 }) {
            assertEquals(0, red(rgb, x, 10), "x = " + x + " lies in a dash");
        }
        for (int x : new int[] { 7, 8, 17, 18, 27 }) {
            assertEquals(255, red(rgb, x, 10), "x = " + x + " lies in a gap");
        }
    }

    @Test
    void nothingIsDrawnOutsideTheClip() {
        int[] rgb = white();
        new PolylineRaster(rgb, W, H).draw(new double[] { 0, 40 }, new double[] { 0, 20 }, 2, 3, null, 0x000000,
                new Rectangle(0, 0, 20, 20));
        boolean drawnInside = false;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (x >= 20) {
                    assertEquals(WHITE, rgb[y * W + x], "pixel " + x + "," + y + " is outside the clip");
                } else {
                    drawnInside |= rgb[y * W + x] != WHITE;
                }
            }
        }
        assertTrue(drawnInside);
    }

    @Test
    void aPointThatIsNotANumberBreaksTheLineThere() {
        int[] rgb = white();
        new PolylineRaster(rgb, W, H).draw(new double[] { 2, 10, 20, 30 }, new double[] { 5, 5, Double.NaN, 5 }, 4,
                1.6, null, 0x000000, ALL);
        assertTrue(red(rgb, 6, 5) < 255, "the segment before the gap is drawn");
        assertEquals(255, red(rgb, 15, 5), "no segment to or from the missing point");
    }

    @Test
    void aLaterLineLiesOverAnEarlierOne() {
        int[] rgb = white();
        PolylineRaster raster = new PolylineRaster(rgb, W, H);
        raster.draw(new double[] { 0, 40 }, new double[] { 10.5, 10.5 }, 2, 1.6, null, 0xff0000, ALL);
        raster.draw(new double[] { 20.5, 20.5 }, new double[] { 0, 20 }, 2, 1.6, null, 0x0000ff, ALL);
        assertEquals(0x0000ff, rgb[10 * W + 20], "the crossing has the later line's colour");
    }
}
