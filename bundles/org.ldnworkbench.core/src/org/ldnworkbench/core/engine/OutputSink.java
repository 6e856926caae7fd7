package org.ldnworkbench.core.engine;

/**
 * Receives the outputs of a run on its output grid, one time point after another, while the run integrates. A
 * sink that keeps only what it needs (the metrics of a scan, a file being written) makes the memory of a run
 * independent of its length; {@link Simulator#run(CompiledPipeline)} keeps every point in a
 * {@link SimulationResult}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface OutputSink {
    /**
     * @param t the grid time (h), increasing from call to call
     * @param row one value per {@link CompiledPipeline#columns() column}; the array is reused for the next point,
     *        so copy what you keep
     * @since 0.1
     */
    void accept(double t, double[] row);
}
