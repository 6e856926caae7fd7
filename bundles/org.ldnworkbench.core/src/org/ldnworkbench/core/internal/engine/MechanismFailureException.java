package org.ldnworkbench.core.internal.engine;

/**
 * Thrown out of a run when a mechanism's own code throws (a fault in a contributed plugin, for example): names the
 * node and the call, and keeps the mechanism's exception as the cause.
 */
public final class MechanismFailureException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int node;
    private final String what;
    private final double time;

    public MechanismFailureException(int node, String what, double time, Throwable cause) {
        super(what + " failed at t = " + time + " h: " + cause, cause);
        this.node = node;
        this.what = what;
        this.time = time;
    }

    public int node() { return node; }
    /** The call that failed, e.g. "computing output 'y'". */
    public String what() { return what; }
    /** @return the simulation time of the failure, NaN before the run (initial state) */
    public double time() { return time; }
}
