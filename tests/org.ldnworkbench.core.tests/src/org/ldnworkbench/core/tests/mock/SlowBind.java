package org.ldnworkbench.core.tests.mock;

import org.ldnworkbench.core.mechanism.MechanismSpec;

/** {@link NeverReturns} whose {@code bind} takes {@link #millis} milliseconds (0 unless a test sets it). */
public class SlowBind extends NeverReturns {
    /** How long each {@code bind} takes. */
    public static volatile long millis;

    @Override
    public void bind(MechanismSpec spec) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
