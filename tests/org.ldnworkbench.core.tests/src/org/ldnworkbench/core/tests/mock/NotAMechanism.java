package org.ldnworkbench.core.tests.mock;

/** A public class with a public no-argument constructor that does not implement Mechanism. */
public class NotAMechanism {
    public NotAMechanism() {
    }
}
