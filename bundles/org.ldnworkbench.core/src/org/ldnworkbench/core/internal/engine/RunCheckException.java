package org.ldnworkbench.core.internal.engine;

/**
 * Thrown out of a run when a check on the run itself fails: a state or output outside its declared range, a fixed
 * step outside the integrator's stability region, more events than a run may have. {@link #what()} is the whole
 * explanation, without the node, which the simulator puts in front.
 */
public final class RunCheckException extends NodeException {
    private static final long serialVersionUID = 1L;

    public RunCheckException(int node, String what, double time) {
        super(node, what, time, what, null, false);
    }
}
