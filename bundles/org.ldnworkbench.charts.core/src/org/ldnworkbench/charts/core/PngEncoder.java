package org.ldnworkbench.charts.core;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an opaque image as an 8-bit RGB PNG, fast: every row with the "Up" filter (a chart is mostly rows equal to
 * the one above, which then compress to almost nothing) and deflate level {@value #LEVEL}. ImageIO's writer tries
 * all five filters on every row and compresses harder, which took most of a plot's time for files about as small
 * (docs/BENCHMARKS.md, section 5).
 */
final class PngEncoder {
    /** Deflate level: past 1, a chart's file shrinks by a few percent and takes twice as long. */
    static final int LEVEL = 1;

    private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    private static final int FILTER_UP = 2;

    private PngEncoder() {
    }

    /** @return the PNG file of {@code image}'s RGB pixels (any alpha is dropped) */
    static byte[] encode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        ByteArrayOutputStream png = new ByteArrayOutputStream(width * height / 8 + 1024);
        png.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per sample
        header[9] = 2; // colour type: RGB
        // compression, filter method and interlace stay 0: deflate, adaptive filtering, none
        chunk(png, "IHDR", header, header.length);
        byte[] data = compressedRows(image, width, height);
        chunk(png, "IDAT", data, data.length);
        chunk(png, "IEND", new byte[0], 0);
        return png.toByteArray();
    }

    private static byte[] compressedRows(BufferedImage image, int width, int height) {
        Deflater deflater = new Deflater(LEVEL);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(width * height / 8 + 64);
            int[] previous = new int[width];
            int[] pixels = new int[width];
            byte[] row = new byte[1 + 3 * width];
            byte[] buffer = new byte[64 * 1024];
            row[0] = FILTER_UP;
            int[] direct = directPixels(image);
            for (int y = 0; y < height; y++) {
                if (direct != null) {
                    System.arraycopy(direct, y * width, pixels, 0, width);
                } else {
                    image.getRGB(0, y, width, 1, pixels, 0, width);
                }
                for (int x = 0, i = 1; x < width; x++, i += 3) {
                    int p = pixels[x];
                    int q = previous[x];
                    row[i] = (byte) ((p >> 16) - (q >> 16));
                    row[i + 1] = (byte) ((p >> 8) - (q >> 8));
                    row[i + 2] = (byte) (p - q);
                }
                deflater.setInput(row);
                while (!deflater.needsInput()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
                int[] swap = previous;
                previous = pixels;
                pixels = swap;
            }
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * @return the pixels of an image whose int samples are already {@code 0x??RRGGBB} row after row (TYPE_INT_RGB or
     *         TYPE_INT_ARGB without offset), or null: {@link BufferedImage#getRGB} converts pixel by pixel and took
     *         most of the encoding time
     */
    private static int[] directPixels(BufferedImage image) {
        int type = image.getType();
        if ((type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
                && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer && buffer.getNumBanks() == 1
                && image.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel model
                && model.getScanlineStride() == image.getWidth() && buffer.getOffset() == 0
                && image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0
                && buffer.getData().length >= image.getWidth() * image.getHeight()) {
            return buffer.getData();
        }
        return null;
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data, int length) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        byte[] number = new byte[4];
        putInt(number, 0, length);
        png.writeBytes(number);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data, 0, length);
        png.writeBytes(typeBytes);
        png.write(data, 0, length);
        putInt(number, 0, (int) crc.getValue());
        png.writeBytes(number);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
