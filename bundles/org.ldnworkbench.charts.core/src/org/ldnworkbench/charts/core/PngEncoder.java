package org.ldnworkbench.charts.core;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an opaque image as an 8-bit RGB PNG, fast: every row with the "Up" filter (a chart is mostly rows equal to
 * the one above, which then compress to almost nothing) and deflate level {@value #LEVEL}. ImageIO's writer tries
 * all five filters on every row and compresses harder, which took most of a plot's time for files about as small
 * (docs/BENCHMARKS.md, section 5).
 * <p>
 * An instance keeps its row and output buffers between images, so that a thread writing a run's plots one after the
 * other allocates only each file's bytes. Not thread-safe; {@link #encode(BufferedImage)} makes a one-off encoder.
 */
final class PngEncoder {
    /** Deflate level: past 1, a chart's file shrinks by a few percent and takes twice as long. */
    static final int LEVEL = 1;

    private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    private static final int FILTER_UP = 2;
    /** Bytes of a chunk besides its data: length, type and CRC. */
    private static final int CHUNK_FRAME = 12;
    private static final int HEADER_LENGTH = 13;

    /** The compressed rows of the image being encoded. */
    private final Bytes idat = new Bytes();
    private final byte[] buffer = new byte[64 * 1024];
    private int[] previous = new int[0];
    private int[] pixels = new int[0];
    private byte[] row = new byte[0];
    /** The offsets in {@link #row} of the pixels that differ from the ones above. */
    private int[] changed = new int[0];

    /** @return the PNG file of {@code image}'s RGB pixels (any alpha is dropped), by an encoder of its own */
    static byte[] encode(BufferedImage image) {
        return new PngEncoder().png(image);
    }

    /** @return the PNG file of {@code image}'s RGB pixels (any alpha is dropped) */
    byte[] png(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        compressRows(image, width, height);
        byte[] header = new byte[HEADER_LENGTH];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per sample
        header[9] = 2; // colour type: RGB
        // compression, filter method and interlace stay 0: deflate, adaptive filtering, none
        byte[] png = new byte[SIGNATURE.length + 3 * CHUNK_FRAME + HEADER_LENGTH + idat.size()];
        System.arraycopy(SIGNATURE, 0, png, 0, SIGNATURE.length);
        int at = chunk(png, SIGNATURE.length, "IHDR", header, header.length);
        at = chunk(png, at, "IDAT", idat.array(), idat.size());
        chunk(png, at, "IEND", header, 0);
        return png;
    }

    /** A growing byte array whose bytes are read without a copy. */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes() {
            super(64 * 1024);
        }

        /** @return the bytes written since the last reset, up to {@link #size()} */
        byte[] array() {
            return buf;
        }
    }

    private void compressRows(BufferedImage image, int width, int height) {
        idat.reset();
        if (pixels.length != width) {
            previous = new int[width];
            pixels = new int[width];
            row = new byte[1 + 3 * width];
            changed = new int[width];
        }
        Arrays.fill(previous, 0);
        Arrays.fill(row, (byte) 0);
        row[0] = FILTER_UP;
        Deflater deflater = new Deflater(LEVEL);
        try {
            int[] direct = directPixels(image);
            for (int y = 0; y < height; y++) {
                if (direct != null) {
                    System.arraycopy(direct, y * width, pixels, 0, width);
                } else {
                    image.getRGB(0, y, width, 1, pixels, 0, width);
                }
                int n = filterUp();
                deflater.setInput(row);
                while (!deflater.needsInput()) {
                    idat.write(buffer, 0, deflater.deflate(buffer));
                }
                for (int k = 0; k < n; k++) { // the row is all zeros again for the next one
                    int i = changed[k];
                    row[i] = 0;
                    row[i + 1] = 0;
                    row[i + 2] = 0;
                }
                int[] swap = previous;
                previous = pixels;
                pixels = swap;
            }
            deflater.finish();
            while (!deflater.finished()) {
                idat.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
    }

    /**
     * Writes the differences of {@link #pixels} to {@link #previous} into {@link #row}, whose pixel bytes are all
     * zero: only the pixels that differ from the one above (a chart's rows are mostly the row above) are written, and
     * their byte offsets listed in {@link #changed}.
     *
     * @return how many offsets {@link #changed} lists
     */
    private int filterUp() {
        int n = 0;
        for (int x = 0; x < pixels.length; x++) {
            int p = pixels[x];
            int q = previous[x];
            if (p != q) {
                int i = 1 + 3 * x;
                row[i] = (byte) ((p >> 16) - (q >> 16));
                row[i + 1] = (byte) ((p >> 8) - (q >> 8));
                row[i + 2] = (byte) (p - q);
                changed[n++] = i;
            }
        }
        return n;
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

    /** Writes a chunk of {@code length} bytes of {@code data} into {@code png} at {@code at}; returns its end. */
    private static int chunk(byte[] png, int at, String type, byte[] data, int length) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        putInt(png, at, length);
        System.arraycopy(typeBytes, 0, png, at + 4, 4);
        System.arraycopy(data, 0, png, at + 8, length);
        CRC32 crc = new CRC32();
        crc.update(png, at + 4, 4 + length);
        putInt(png, at + 8 + length, (int) crc.getValue());
        return at + CHUNK_FRAME + length;
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }
}
