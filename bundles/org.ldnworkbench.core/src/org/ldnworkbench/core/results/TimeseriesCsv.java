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
     * Writes the result to a writer, which stays open.
     *
     * @throws IOException when the writer fails
     * @since 0.1
     */
    public static void write(SimulationResult r, Writer w) throws IOException {
        List<CompiledPipeline.Column> cols = r.columns();
        StringBuilder sb = new StringBuilder("time");
        for (CompiledPipeline.Column c : cols) {
            sb.append(',').append(c.name());
        }
        w.write(sb.append('\n').toString());
        double[] t = r.time();
        for (int i = 0; i < r.length(); i++) {
            sb.setLength(0);
            sb.append(number(t[i]));
            for (int c = 0; c < cols.size(); c++) {
                sb.append(',').append(number(r.column(c)[i]));
            }
            w.write(sb.append('\n').toString());
        }
    }

    /**
     * Shortest decimal that reads back exactly; integers without a fraction.
     *
     * @since 0.1
     */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
