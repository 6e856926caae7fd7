package org.ldnworkbench.core.engine;

import java.util.List;

/**
 * The outputs of one run sampled on the output grid: a time column and one column per continuous output, named
 * {@code node.output}. A partial result ends where a run stopped early: a failed run
 * ({@link SimulationException#partialResult()}) or a cancelled one
 * ({@link Simulator#partialResult(org.eclipse.core.runtime.OperationCanceledException)}).
 *
 * @since 0.1
 */
public final class SimulationResult {
    private final CompiledPipeline pipeline;
    private final double[] time;
    private final double[][] columns;
    private final int length;
    private final String failure;
    private final String failureNode;
    private final double failureTime;

    SimulationResult(CompiledPipeline pipeline, double[] time, double[][] columns, int length, String failure,
            String failureNode, double failureTime) {
        this.pipeline = pipeline;
        this.time = time;
        this.columns = columns;
        this.length = length;
        this.failure = failure;
        this.failureNode = failureNode == null ? "" : failureNode;
        this.failureTime = failureTime;
    }

    /**
     * @return the compiled pipeline (scenario) that ran
     * @since 0.1
     */
    public CompiledPipeline pipeline() { return pipeline; }

    /**
     * @return the number of recorded time points
     * @since 0.1
     */
    public int length() { return length; }

    /**
     * @return whether the run stopped early; {@link #failure()} says why
     * @since 0.1
     */
    public boolean isPartial() { return failure != null; }

    /**
     * @return why the run stopped early ({@value Simulator#CANCELLED} when it was cancelled), or null
     *         for a complete run
     * @since 0.1
     */
    public String failure() { return failure; }

    /**
     * @return the node at fault when the run stopped early and one can be named, otherwise empty
     * @since 0.1
     */
    public String failureNode() { return failureNode; }

    /**
     * @return the simulated time (h) at which the run stopped early (failed, or up to which a cancelled run's samples
     *         are complete), NaN for a complete run
     * @since 0.1
     */
    public double failureTime() { return failureTime; }

    /**
     * @return the recorded output columns, as the compiled pipeline lists them
     * @since 0.1
     */
    public List<CompiledPipeline.Column> columns() { return pipeline.columns(); }

    /**
     * @return the time points (h); the array may be longer than {@link #length()}
     * @since 0.1
     */
    public double[] time() { return time; }

    /**
     * @param c column index, as in {@link #columns()}
     * @return the values; the array may be longer than {@link #length()}
     * @since 0.1
     */
    public double[] column(int c) { return columns[c]; }

    /**
     * @param name {@code node.output}
     * @return the values of that column; the array may be longer than {@link #length()}
     * @throws IllegalArgumentException when the run recorded no such column
     * @since 0.1
     */
    public double[] column(String name) {
        int c = columnIndex(name);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + name);
        }
        return columns[c];
    }

    /**
     * @return the index of the column named {@code node.output}, or -1
     * @since 0.1
     */
    public int columnIndex(String name) {
        List<CompiledPipeline.Column> cs = pipeline.columns();
        for (int i = 0; i < cs.size(); i++) {
            if (cs.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
