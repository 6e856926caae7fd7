package org.ldnworkbench.core.tests.mock;

import org.ldnworkbench.core.mechanism.Mechanism;

public class Gain implements Mechanism {
    /** The same gain as a nested class: generated code calls such classes through the Mechanism interface. */
    public static class Nested extends Gain {
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        return p[0] * u[0];
    }
}
