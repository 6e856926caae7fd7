package org.ldnworkbench.core.tests.mock;

import org.ldnworkbench.core.mechanism.Mechanism;

public class Broken implements Mechanism {
    public Broken() {
        throw new IllegalStateException("deliberately broken test contribution");
    }
}
