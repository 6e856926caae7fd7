package org.ldnworkbench.charts.core;

import java.awt.image.BufferedImage;

/**
 * Renders line charts of one size to PNG files one after the other, keeping its image, its line coverage and its
 * encoder's buffers between them: the plots of a run then allocate only their files' bytes instead of about 5 MB
 * each, which had made a run with plots collect its young generation (docs/BENCHMARKS.md, section 5). Each PNG is
 * the one {@link LineChart#png} writes. Not thread-safe: one per thread.
 */
public final class PngRenderer {
    private final BufferedImage image;
    private final PolylineRaster lines;
    private final PngEncoder encoder = new PngEncoder();

    /**
     * @param width of every PNG, in pixels
     * @param height of every PNG, in pixels
     */
    public PngRenderer(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        lines = PolylineRaster.of(image);
    }

    /** @return the PNG file of {@code chart} at this renderer's size */
    public byte[] png(LineChart chart) {
        chart.drawInto(image, lines);
        return encoder.png(image);
    }
}
