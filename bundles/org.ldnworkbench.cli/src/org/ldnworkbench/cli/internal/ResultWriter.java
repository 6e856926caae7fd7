package org.ldnworkbench.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;


import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.results.TimeseriesCsv;

/**
 * The time series CSV of one scenario in a results folder: its name ({@code timeseries.csv}, or
 * {@code SCENARIO/timeseries.csv} when the run has several scenarios), and its bytes, formatted in memory or, for a CSV
 * that could be larger than {@value #IN_MEMORY_BYTES} bytes, streamed into its file ({@link TimeseriesAsFinished}
 * decides and writes).
 */
final class ResultWriter {
    private ResultWriter() {
    }

    /** @return {@code timeseries.csv} for a run of one scenario, else {@code SCENARIO/timeseries.csv} */
    static String name(RunSummary r, boolean single) {
        return (single ? "" : r.result().pipeline().scenarioId() + "/") + "timeseries.csv";
    }

    /** @return what messages about the scenario's CSV name it by: {@code scenario 'ID'}, or empty */
    static String context(RunSummary r) {
        String id = r.result().pipeline().scenarioId();
        return id.isEmpty() ? "" : "scenario " + Names.quote(id);
    }

    /** @return whether the CSV of {@code r} is formatted in memory ({@link #csv}) rather than streamed */
    static boolean inMemory(RunSummary r) {
        return upperBytes(r) <= IN_MEMORY_BYTES;
    }

    /** Formats the CSV of {@code r} straight into its file {@code name}. */
    static void stream(ResultsDirectory dir, RunSummary r, String name) throws IOException {
        dir.write(name, context(r), out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            TimeseriesCsv.write(r.result(), w);
            w.flush();
        });
    }

    /**
     * Largest CSV formatted in memory: a run whose CSVs may be larger streams each straight into its file, one after
     * the other, so that its memory stays what its results take.
     */
    private static final long IN_MEMORY_BYTES = 32L << 20;

    /** At most 25 characters per number and separator ({@code -1.2345678901234567E-300,}). */
    private static long upperBytes(RunSummary r) {
        return (long) r.result().length() * 25 * (1 + r.result().columns().size()) + 4096;
    }

    /** About what a number and its separator take in the CSVs of the examples (18 bytes), with some room. */
    private static final int EXPECTED_BYTES_PER_NUMBER = 20;

    /** @return the CSV of {@code r}, formatted in memory, as UTF-8 */
    static Utf8Buffer csv(RunSummary r) {
        long expected = (long) r.result().length() * EXPECTED_BYTES_PER_NUMBER * (1 + r.result().columns().size())
                + 4096;
        Utf8Buffer bytes = new Utf8Buffer((int) Math.min(expected, upperBytes(r)));
        try (bytes) {
            TimeseriesCsv.write(r.result(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("formatting a CSV in memory", e); // the buffer does not fail
        }
        return bytes;
    }
}
