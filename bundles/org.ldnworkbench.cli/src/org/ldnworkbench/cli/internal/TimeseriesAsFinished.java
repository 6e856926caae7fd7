package org.ldnworkbench.cli.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.ldnworkbench.core.metrics.RunSummary;

/**
 * The time series CSVs of a run, each formatted and written into the staging folder as soon as its scenario has a
 * summary, by the thread that simulated it ({@link Runs.Finished}): the CSVs of the first scenarios are written while
 * the last ones still simulate, and the last ones while the command prints its summary and formats summary.json.
 * Before this, every CSV waited for the slowest simulation.
 * <p>
 * What the user sees stays as when the CSVs were written one after the other in the scenarios' order:
 * {@link #written} reports the failure of the first scenario in that order, and returns the names in that order. The
 * CSVs are formatted in parallel but written into the folder one at a time (the file operations of the results folder
 * are not made for several threads), and none after {@link #close}, so that a command that fails early never writes
 * into a staging folder it is deleting.
 */
final class TimeseriesAsFinished implements Runs.Finished, AutoCloseable {
    private final ResultsDirectory dir;
    private final boolean single;
    /** Per scenario: null while not written, {@link #WRITTEN}, or the failure (an exception or error). */
    private final Object[] outcomes;
    /** Held while writing into the folder, and for {@link #closed}. */
    private final Object writing = new Object();
    private boolean closed;

    private static final Object WRITTEN = new Object();

    /**
     * @param dir the results folder whose staging folder receives the CSVs
     * @param scenarios how many scenarios the run has (one writes {@code timeseries.csv}, several
     *        {@code SCENARIO/timeseries.csv})
     */
    TimeseriesAsFinished(ResultsDirectory dir, int scenarios) {
        this.dir = dir;
        this.single = scenarios == 1;
        this.outcomes = new Object[scenarios];
    }

    /** Formats and writes the scenario's CSV in the calling thread; a failure is kept for {@link #written}. */
    @Override
    public void finished(int index, RunSummary summary) {
        Object outcome = WRITTEN;
        try {
            write(summary);
        } catch (Throwable t) { // an OutOfMemoryError included: reported by the command's thread, in order
            outcome = t;
        }
        synchronized (outcomes) {
            outcomes[index] = outcome;
            outcomes.notifyAll();
        }
    }

    private void write(RunSummary summary) throws IOException {
        String name = ResultWriter.name(summary, single);
        if (ResultWriter.inMemory(summary)) {
            Utf8Buffer csv = ResultWriter.csv(summary); // outside the lock: formatting is the cost, and runs in parallel
            synchronized (writing) {
                requireOpen(name);
                dir.write(name, ResultWriter.context(summary), csv::writeTo);
            }
        } else {
            synchronized (writing) { // streamed one at a time, so that memory stays what the results take
                requireOpen(name);
                ResultWriter.stream(dir, summary, name);
            }
        }
    }

    private void requireOpen(String name) throws IOException {
        if (closed) {
            throw new IOException("not writing " + name + ": the command stopped before its results were written");
        }
    }

    /**
     * Waits until the CSV of every scenario is written.
     *
     * @param runs the summaries of all scenarios, in order, each of which has been or is being given to
     *        {@link #finished}
     * @return the written names, relative to the results folder, in the scenarios' order
     * @throws IOException the failure of the first scenario (in order) whose CSV could not be written, naming the
     *         file, the scenario and the reason ({@link ResultsDirectory#write})
     */
    List<String> written(List<RunSummary> runs) throws IOException {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Object outcome = await(i, runs.get(i));
            if (outcome instanceof IOException e) {
                throw e;
            }
            if (outcome instanceof Throwable t) {
                Unchecked.rethrow(t);
                // checked, but not an IOException: not thrown by the writers
                throw new IllegalStateException("cannot write the CSV of " + ResultWriter.context(runs.get(i))
                        + ": " + t, t);
            }
            names.add(ResultWriter.name(runs.get(i), single));
        }
        return names;
    }

    private Object await(int index, RunSummary summary) throws IOException {
        synchronized (outcomes) {
            while (outcomes[index] == null) {
                try {
                    outcomes.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while writing " + ResultWriter.name(summary, single), e);
                }
            }
            return outcomes[index];
        }
    }

    /**
     * No CSV is written into the folder after this returns (one being written is finished first): call it before the
     * results folder is closed.
     */
    @Override
    public void close() {
        synchronized (writing) {
            closed = true;
        }
    }
}
