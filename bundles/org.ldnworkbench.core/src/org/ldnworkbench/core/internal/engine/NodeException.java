package org.ldnworkbench.core.internal.engine;

/** A run ended by one node: which node, what about it, and when. */
public abstract class NodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int node;
    private final String what;
    private final double time;

    /** @param stackTrace whether to record a stack trace and suppressed exceptions (worth it only for faults) */
    protected NodeException(int node, String what, double time, String message, Throwable cause,
            boolean stackTrace) {
        super(message, cause, stackTrace, stackTrace);
        this.node = node;
        this.what = what;
        this.time = time;
    }

    public int node() { return node; }
    public String what() { return what; }
    /** @return the simulation time, NaN before the run */
    public double time() { return time; }
}
