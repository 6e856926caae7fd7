package org.ldnworkbench.core.engine;

/**
 * A run failed: the integrator gave up, a mechanism threw, a value stopped being finite or left the range its
 * mechanism declares, the fixed step was unstable, or a source emitted more events than a run accepts.
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 * @noinstantiate This class is not intended to be instantiated by clients; the simulator throws it.
 */
public class SimulationException extends Exception {
    private static final long serialVersionUID = 1L;
    private final double time;
    private final String node;
    private final transient SimulationResult partialResult;

    /**
     * A failure that kept no partial result.
     *
     * @since 0.1
     */
    public SimulationException(String message, double time, String node, Throwable cause) {
        this(message, time, node, cause, null);
    }

    /**
     * @param partialResult the samples recorded before the run stopped, marked partial; null when none were kept
     * @since 0.1
     */
    public SimulationException(String message, double time, String node, Throwable cause,
            SimulationResult partialResult) {
        super(message, cause);
        this.time = time;
        this.node = node == null ? "" : node;
        this.partialResult = partialResult;
    }

    /**
     * @return the outputs recorded up to the failure ({@link SimulationResult#isPartial()} is true), or null when
     *         the run kept none (a streamed run keeps what its sink kept)
     * @since 0.1
     */
    public SimulationResult partialResult() {
        return partialResult;
    }

    /**
     * @return this failure with its message prefixed (e.g. by the scenario), the partial result kept
     * @since 0.1
     */
    public SimulationException prefixed(String prefix) {
        return new SimulationException(prefix + getMessage(), time, node, this, partialResult);
    }

    /**
     * @return the simulated time (h) at which the run failed
     * @since 0.1
     */
    public double time() { return time; }

    /**
     * @return the node at fault, or empty when none can be named
     * @since 0.1
     */
    public String node() { return node; }
}
