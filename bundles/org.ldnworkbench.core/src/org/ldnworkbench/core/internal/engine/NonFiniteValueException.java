package org.ldnworkbench.core.internal.engine;

/** Thrown out of the right-hand side when a mechanism produces NaN or an infinity. */
public final class NonFiniteValueException extends NodeException {
    private static final long serialVersionUID = 1L;

    public NonFiniteValueException(int node, String what, double time) {
        super(node, what, time, what + " is not finite at t = " + time + " h", null, false);
    }
}
