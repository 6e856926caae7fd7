package org.ldnworkbench.core.tests.mock;

import org.ldnworkbench.core.mechanism.Mechanism;

public class Gain implements Mechanism {
    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        return p[0] * u[0];
    }
}
