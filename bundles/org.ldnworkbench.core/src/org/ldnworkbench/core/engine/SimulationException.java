package org.ldnworkbench.core.engine;

/**
 * A run failed: the integrator gave up, a mechanism threw, a value stopped being finite or left the range its
 * mechanism declares, the fixed step was unstable, or a source emitted more events than a run accepts.
 */
public class SimulationException extends Exception {
    private static final long serialVersionUID = 1L;
    private final double time;
    private final String node;

    public SimulationException(String message, double time, String node, Throwable cause) {
        super(message, cause);
        this.time = time;
        this.node = node == null ? "" : node;
    }

    /** @return the simulated time (h) at which the run failed */
    public double time() { return time; }
    /** @return the node at fault, or empty when none can be named */
    public String node() { return node; }
}
