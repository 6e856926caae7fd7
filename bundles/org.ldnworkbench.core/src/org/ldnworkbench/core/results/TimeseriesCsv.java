package org.ldnworkbench.core.results;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.internal.results.ShortestDecimal;

/**
 * Writes a result as CSV: header {@code time,node.output,...}, one row per output time, numbers in full precision
 * (shortest exact decimal form), dot as decimal separator.
 *
 * @since 0.1
 */
public final class TimeseriesCsv {
    private TimeseriesCsv() {
    }

    /**
     * Writes the result to a file, replacing it, in UTF-8.
     *
     * @throws IOException when the file cannot be written
     * @since 0.1
     */
    public static void write(SimulationResult r, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(r, w);
        }
    }

    /**
     * Writes the CSV to {@code w} in blocks of about {@value #BLOCK} characters (numbers are appended to one buffer,
     * not formatted to a String each); {@code w} is not closed nor flushed.
     *
     * @throws IOException when the writer fails
     * @since 0.1
     */
    public static void write(SimulationResult r, Writer w) throws IOException {
        List<CompiledPipeline.Column> cols = r.columns();
        StringBuilder sb = new StringBuilder(BLOCK + 1024);
        sb.append("time");
        for (CompiledPipeline.Column c : cols) {
            sb.append(',').append(c.name());
        }
        sb.append('\n');
        double[] t = r.time();
        double[][] columns = new double[cols.size()][];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = r.column(c);
        }
        char[] block = new char[0];
        for (int i = 0; i < r.length(); i++) {
            ShortestDecimal.append(sb, t[i]);
            for (double[] column : columns) {
                ShortestDecimal.append(sb.append(','), column[i]);
            }
            sb.append('\n');
            if (sb.length() >= BLOCK) {
                block = flush(sb, w, block);
            }
        }
        flush(sb, w, block);
    }

    /** Characters buffered before they are handed to the writer. */
    private static final int BLOCK = 1 << 16;

    private static char[] flush(StringBuilder sb, Writer w, char[] block) throws IOException {
        char[] b = block.length >= sb.length() ? block : new char[Math.max(sb.length(), BLOCK + 1024)];
        sb.getChars(0, sb.length(), b, 0);
        w.write(b, 0, sb.length());
        sb.setLength(0);
        return b;
    }

    /**
     * Shortest decimal that reads back exactly; integers without a fraction.
     *
     * @since 0.1
     */
    public static String number(double v) {
        return ShortestDecimal.toString(v);
    }
}
