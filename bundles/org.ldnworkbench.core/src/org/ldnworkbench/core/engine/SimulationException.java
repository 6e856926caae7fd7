package org.ldnworkbench.core.engine;

/** A run failed: the integrator gave up, or a mechanism produced a value that is not finite. */
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
