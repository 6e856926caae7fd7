package org.ldnworkbench.core.internal.engine;

/** Thrown out of the right-hand side when a mechanism produces NaN or an infinity. */
public final class NonFiniteValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int node;
    private final String what;
    private final double time;

    public NonFiniteValueException(int node, String what, double time) {
        super(what + " is not finite at t = " + time + " h", null, false, false);
        this.node = node;
        this.what = what;
        this.time = time;
    }

    public int node() { return node; }
    public String what() { return what; }
    public double time() { return time; }
}
