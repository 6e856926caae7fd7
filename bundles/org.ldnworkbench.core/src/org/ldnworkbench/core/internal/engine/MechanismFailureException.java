package org.ldnworkbench.core.internal.engine;

/**
 * Thrown out of a run when a mechanism's own code throws (a fault in a contributed plugin, for example): names the
 * node and the call ({@link #what()}, e.g. "computing derivatives") and keeps the mechanism's exception as the cause.
 */
public final class MechanismFailureException extends NodeException {
    private static final long serialVersionUID = 1L;

    public MechanismFailureException(int node, String what, double time, Throwable cause) {
        super(node, what, time, what + " failed at t = " + time + " h: " + cause, cause, true);
    }
}
