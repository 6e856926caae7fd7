package org.ldnworkbench.core.tests.mock;

import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismSpec;

/** A contribution that constructs fine but throws an unchecked exception when bound to its declaration. */
public class BindThrows implements Mechanism {
    @Override
    public void bind(MechanismSpec spec) {
        throw new IllegalStateException("deliberately refuses to bind " + spec.id());
    }
}
