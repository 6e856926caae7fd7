package org.ldnworkbench.core.tests.mock;

import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismSpec;

/**
 * A contribution whose {@code bind} waits for something that never comes, and gives up when interrupted, as a
 * plugin should: it then throws, as a plugin whose wait failed would.
 */
public class BindWaitsUntilInterrupted implements Mechanism {
    /** Set once the waiting {@code bind} was interrupted. */
    public static volatile boolean interrupted;

    @Override
    public void bind(MechanismSpec spec) {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            interrupted = true;
            throw new IllegalStateException("gave up waiting", e);
        }
    }
}
