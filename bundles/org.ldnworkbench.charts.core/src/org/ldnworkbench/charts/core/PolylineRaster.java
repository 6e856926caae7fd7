package org.ldnworkbench.charts.core;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Draws anti-aliased polylines straight into the pixels of an opaque RGB image, for the PNG plots: the coverage of a
 * pixel is how far its centre lies inside the line (a capsule of the line's width around each segment, so joins and
 * ends are round), which is what Java2D's anti-aliasing approximates with 8 x 8 sub-pixel samples, at a fraction of
 * its cost for lines of thousands of short segments (a plot of a 56-day run draws two points per pixel column for
 * each of four scenarios; Java2D's rasteriser took three quarters of such a plot's time, see docs/BENCHMARKS.md).
 * <p>
 * Within one line the coverages of overlapping segments are combined by their maximum, as a stroked path covers a
 * pixel once; each line is then blended over what is drawn, in the order the lines are drawn. Dashes follow the
 * length along the line, starting with a dash at the first point, as {@link java.awt.BasicStroke} with phase 0.
 * Not thread-safe; one instance per image.
 */
final class PolylineRaster {
    /** Segments longer than this are drawn in pieces, so that a segment's bounding box stays close to its pixels. */
    private static final double PIECE = 8;

    private final int[] rgb;
    private final int width;
    private final int height;
    private final float[] cover;
    /** The pixels the current line covers (indices into {@link #rgb}), for the blend and the reset. */
    private int[] touched = new int[4096];
    private int touchedCount;

    /**
     * @param rgb the image's pixels, {@code 0xRRGGBB} row by row (a {@code TYPE_INT_RGB} image's data buffer)
     * @param width the image's width in pixels
     * @param height the image's height in pixels
     */
    PolylineRaster(int[] rgb, int width, int height) {
        if (rgb.length < (long) width * height) {
            throw new IllegalArgumentException("pixels: " + rgb.length + " for " + width + " x " + height);
        }
        this.rgb = rgb;
        this.width = width;
        this.height = height;
        this.cover = new float[width * height];
    }

    /** @return the line drawing of a {@code TYPE_INT_RGB} image's pixels */
    static PolylineRaster of(BufferedImage image) {
        return new PolylineRaster(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), image.getWidth(),
                image.getHeight());
    }

    /**
     * Draws the line through the first {@code n} points and blends it over the image.
     *
     * @param xs x of each point, in pixels (Java2D's convention: pixel {@code i} spans {@code [i, i + 1)})
     * @param ys y of each point, in pixels
     * @param n the number of points
     * @param lineWidth the line's width in pixels
     * @param dashes lengths of dash and gap, alternating, in pixels; null for a solid line
     * @param colour {@code 0xRRGGBB}
     * @param clip the pixels that may be drawn
     */
    void draw(double[] xs, double[] ys, int n, double lineWidth, float[] dashes, int colour, Rectangle clip) {
        Rectangle c = clip.intersection(new Rectangle(0, 0, width, height));
        if (c.isEmpty() || n == 0) {
            return;
        }
        Dashes dash = dashes == null ? null : new Dashes(dashes);
        double along = 0;
        double half = lineWidth / 2;
        if (n == 1) {
            cover(xs[0], ys[0], xs[0], ys[0], half, dash, 0, c);
        }
        for (int i = 1; i < n; i++) {
            double ax = xs[i - 1];
            double ay = ys[i - 1];
            double bx = xs[i];
            double by = ys[i];
            if (!finite(ax, ay, bx, by)) {
                continue;
            }
            // pixel distances: no overflow to guard against, and sqrt is a machine instruction where hypot is a call
            double length = Math.sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
            int pieces = Math.max(1, ceil(length / PIECE));
            for (int p = 0; p < pieces; p++) {
                double f0 = (double) p / pieces;
                double f1 = (double) (p + 1) / pieces;
                cover(ax + (bx - ax) * f0, ay + (by - ay) * f0, ax + (bx - ax) * f1, ay + (by - ay) * f1, half, dash,
                        along + length * f0, c);
            }
            along += length;
        }
        blend(colour);
    }

    private static boolean finite(double a, double b, double c, double d) {
        return Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c) && Double.isFinite(d);
    }

    /**
     * Raises the coverage of the pixels near the segment from (ax, ay) to (bx, by), which starts at {@code along}:
     * row by row, only the pixels within the line's reach of that row, with the distance updated incrementally
     * along the row.
     */
    private void cover(double ax, double ay, double bx, double by, double half, Dashes dash, double along,
            Rectangle clip) {
        double reach = half + 0.5;
        // only the pixels whose centres lie within reach: the others are not covered (half as many as their rows and
        // columns within reach)
        int y0 = Math.max(clip.y, ceil(Math.min(ay, by) - reach - 0.5));
        int y1 = Math.min(clip.y + clip.height - 1, floor(Math.max(ay, by) + reach - 0.5));
        int clipX0 = clip.x;
        int clipX1 = clip.x + clip.width - 1;
        double dx = bx - ax;
        double dy = by - ay;
        double length2 = dx * dx + dy * dy;
        double length = Math.sqrt(length2);
        double inv = length2 > 0 ? 1 / length2 : 0;
        double reach2 = reach * reach;
        double invDy = dy != 0 ? 1 / dy : 0; // a multiplication per row instead of two divisions
        // the dashes along this piece (at most PIECE long) as intervals of u in [0, 1]
        double[] on = dash == null ? null : dash.onIntervals(along, length);
        for (int py = y0; py <= y1; py++) {
            double cy = py + 0.5;
            // the x range of the capsule on this row: the segment's points within reach of the row, widened by reach
            double xa;
            double xb;
            if (dy == 0) {
                xa = Math.min(ax, bx);
                xb = Math.max(ax, bx);
            } else {
                double t0 = clamp01((cy - reach - ay) * invDy);
                double t1 = clamp01((cy + reach - ay) * invDy);
                xa = ax + Math.min(t0, t1) * dx;
                xb = ax + Math.max(t0, t1) * dx;
                if (xa > xb) {
                    double swap = xa;
                    xa = xb;
                    xb = swap;
                }
            }
            int x0 = Math.max(clipX0, ceil(xa - reach - 0.5));
            int x1 = Math.min(clipX1, floor(xb + reach - 0.5));
            if (x0 > x1) {
                continue;
            }
            int row = py * width;
            double fy = cy - ay;
            double uRow = fy * dy * inv;
            double uStep = dx * inv;
            double u = ((x0 + 0.5) - ax) * dx * inv + uRow;
            for (int px = x0; px <= x1; px++, u += uStep) {
                double w = u < 0 ? 0 : u > 1 ? 1 : u;
                double ex = ax + w * dx - (px + 0.5);
                double ey = w * dy - fy;
                double d2 = ex * ex + ey * ey;
                if (d2 >= reach2 || on != null && !inside(on, w)) {
                    continue;
                }
                float k = (float) (reach - Math.sqrt(d2));
                if (k > 1) {
                    k = 1;
                }
                int i = row + px;
                float was = cover[i];
                if (k > was) {
                    if (was == 0) {
                        touch(i);
                    }
                    cover[i] = k;
                }
            }
        }
    }

    /** Remembers pixel {@code i} as covered by the current line, for the blend. */
    private void touch(int i) {
        if (touchedCount == touched.length) {
            touched = java.util.Arrays.copyOf(touched, 2 * touchedCount);
        }
        touched[touchedCount++] = i;
    }

    /** Math.floor for the int range, without the call C1 makes for Math.floor */
    private static int floor(double v) {
        int i = (int) v;
        return v < i ? i - 1 : i;
    }

    /** Math.ceil for the int range, without the call C1 makes for Math.ceil */
    private static int ceil(double v) {
        int i = (int) v;
        return v > i ? i + 1 : i;
    }

    private static double clamp01(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }

    /** @return whether {@code u} lies in one of the intervals {@code on = {from, to, from, to, ...}} */
    private static boolean inside(double[] on, double u) {
        for (int i = 0; i < on.length; i += 2) {
            if (u >= on[i] && u < on[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Blends {@code colour} over the image by the coverage of the current line, and clears that coverage. */
    private void blend(int colour) {
        int r = colour >> 16 & 0xff;
        int g = colour >> 8 & 0xff;
        int b = colour & 0xff;
        for (int t = 0; t < touchedCount; t++) {
            int i = touched[t];
            float k = cover[i];
            cover[i] = 0;
            int under = rgb[i];
            rgb[i] = mix(under >> 16 & 0xff, r, k) << 16 | mix(under >> 8 & 0xff, g, k) << 8 | mix(under & 0xff, b, k);
        }
        touchedCount = 0;
    }

    private static int mix(int under, int over, float k) {
        return (int) (under + (over - under) * k + 0.5f);
    }

    /** A dash pattern as {@link java.awt.BasicStroke} applies it with phase 0. */
    private static final class Dashes {
        private final float[] lengths;
        private final double period;

        Dashes(float[] lengths) {
            if (lengths.length == 0 || lengths.length % 2 != 0) {
                throw new IllegalArgumentException("dash pattern of " + lengths.length + " lengths");
            }
            this.lengths = lengths.clone();
            double sum = 0;
            for (float l : lengths) {
                if (!(l >= 0)) {
                    throw new IllegalArgumentException("dash length " + l);
                }
                sum += l;
            }
            if (sum <= 0) {
                throw new IllegalArgumentException("dash pattern of zero length");
            }
            period = sum;
        }

        /**
         * @return the dashes of the piece of the line from {@code along} to {@code along + length}, as intervals of
         *         the piece's parameter u in [0, 1]: {@code {from, to, from, to, ...}}
         */
        double[] onIntervals(double along, double length) {
            if (length <= 0) {
                return on(along) ? new double[] { 0, 1.0000001 } : new double[0];
            }
            double[] out = new double[8];
            int n = 0;
            // walk the pattern from the dash or gap that contains `along` to the end of the piece
            double cycle = Math.floor(along / period) * period;
            int i = 0;
            double start = cycle;
            while (start + lengths[i] <= along) {
                start += lengths[i];
                i = (i + 1) % lengths.length;
            }
            while (start < along + length) {
                double end = start + lengths[i];
                if (i % 2 == 0 && end > start) {
                    double from = Math.max(0, (start - along) / length);
                    double to = Math.min(1.0000001, (end - along) / length);
                    if (n == out.length) {
                        out = java.util.Arrays.copyOf(out, 2 * n);
                    }
                    out[n++] = from;
                    out[n++] = to;
                }
                start = end;
                i = (i + 1) % lengths.length;
            }
            return java.util.Arrays.copyOf(out, n);
        }

        /** @return whether the point {@code along} the line lies in a dash (not in a gap) */
        boolean on(double along) {
            double s = along % period;
            for (int i = 0; i < lengths.length; i++) {
                if (s < lengths[i]) {
                    return i % 2 == 0;
                }
                s -= lengths[i];
            }
            return false;
        }
    }
}
