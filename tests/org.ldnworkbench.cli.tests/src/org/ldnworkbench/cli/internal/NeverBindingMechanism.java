package org.ldnworkbench.cli.internal;

import org.ldnworkbench.core.mechanism.MechanismSpec;

/** {@link NeverReturningMechanism} whose {@code bind} already never returns, swallowing interrupts. */
public class NeverBindingMechanism extends NeverReturningMechanism {
    @Override
    public void bind(MechanismSpec spec) {
        waitForRelease();
    }
}
