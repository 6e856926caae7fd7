package org.ldnworkbench.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer that keeps what it is given as UTF-8 bytes in one growing array, written out without a copy
 * ({@link #writeTo}). A formatted CSV used to go through an {@link OutputStreamWriter} into a
 * {@link java.io.ByteArrayOutputStream} sized for its largest possible content and was then copied out: two arrays of
 * several megabytes per CSV, which made a run of the default example collect its young generation once (20-30 ms with
 * every thread stopped). Results are nearly all ASCII, which this stores one byte per character; from the first other
 * character on, it hands everything to a standard UTF-8 {@link OutputStreamWriter}, so that the bytes are always
 * exactly that writer's (a character pair split between two writes, or a lone surrogate, included).
 */
final class Utf8Buffer extends Writer {
    private byte[] bytes;
    private int count;
    /** The standard encoder, from the first character that is not ASCII on; null before. */
    private Writer encoder;

    /** @param expected the expected size in bytes: the buffer grows by half when more comes */
    Utf8Buffer(int expected) {
        bytes = new byte[Math.max(16, expected)];
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        if (encoder != null) {
            encoder.write(chars, off, len);
            return;
        }
        ensure(len);
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = chars[i];
            if (c >= 0x80) {
                encoder = new OutputStreamWriter(new Appender(), StandardCharsets.UTF_8);
                encoder.write(chars, i, end - i);
                return;
            }
            bytes[count++] = (byte) c;
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        write(s.toCharArray(), off, len); // not on the path of the CSVs, which write blocks of characters
    }

    @Override
    public void flush() throws IOException {
        if (encoder != null) {
            encoder.flush();
        }
    }

    /**
     * Ends the characters: the standard encoder writes what it still holds (a lone surrogate at the end becomes
     * {@code ?}, as with any {@link OutputStreamWriter}); the bytes stay.
     */
    @Override
    public void close() throws IOException {
        if (encoder != null) {
            encoder.close();
        }
    }

    /** Writes the bytes (call {@link #close} first) to {@code out}, from the buffer itself. */
    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, count);
    }

    /** @return a copy of the bytes (call {@link #close} first) */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, count);
    }

    private void ensure(int more) {
        if (bytes.length - count < more) {
            long wanted = Math.max((long) count + more, bytes.length + (bytes.length >> 1));
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new OutOfMemoryError("a result larger than 2 GB cannot be formatted in memory");
            }
            bytes = Arrays.copyOf(bytes, (int) wanted);
        }
    }

    /** Where the standard encoder's bytes go: the same array. */
    private final class Appender extends OutputStream {
        @Override
        public void write(int b) {
            ensure(1);
            bytes[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            ensure(len);
            System.arraycopy(b, off, bytes, count, len);
            count += len;
        }
    }
}
