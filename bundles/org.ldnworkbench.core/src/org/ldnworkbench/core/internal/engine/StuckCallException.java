package org.ldnworkbench.core.internal.engine;

import java.math.BigDecimal;

/**
 * A run given up on because one of its mechanism calls did not return within the budget ({@link Watchdog}). Thrown
 * in the thread that waits for the run, not in the stuck one; its stack trace is the stuck thread's at the moment
 * the run was given up on, which shows a plugin's author where the call was looping or waiting.
 */
public final class StuckCallException extends NodeException {
    private static final long serialVersionUID = 1L;
    private final long budgetNanos;

    StuckCallException(int node, String what, double time, long budgetNanos) {
        super(node, what, time, what + " did not return within " + seconds(budgetNanos) + " at t = " + time + " h",
                null, true);
        this.budgetNanos = budgetNanos;
    }

    /** @return the budget, e.g. {@code 10 s} or {@code 0.2 s} */
    public String budget() {
        return seconds(budgetNanos);
    }

    /** @return {@code nanos} in seconds as a budget is shown, e.g. {@code 10 s} or {@code 0.2 s} */
    public static String seconds(long nanos) {
        return BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString() + " s";
    }
}
