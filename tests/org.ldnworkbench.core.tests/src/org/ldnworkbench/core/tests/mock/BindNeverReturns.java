package org.ldnworkbench.core.tests.mock;

import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismSpec;

/**
 * A contribution whose {@code bind} spins without checking anything, interrupts included, until a test sets
 * {@link NeverReturns#release}.
 */
public class BindNeverReturns implements Mechanism {
    @Override
    public void bind(MechanismSpec spec) {
        NeverReturns.spinUntilReleased();
    }
}
