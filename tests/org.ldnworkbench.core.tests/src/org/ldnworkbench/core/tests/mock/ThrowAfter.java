package org.ldnworkbench.core.tests.mock;

import org.ldnworkbench.core.mechanism.Mechanism;

/** A faulty contribution: its output throws once t passes the parameter 'at'. */
public class ThrowAfter implements Mechanism {
    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        if (t > p[0]) {
            throw new IllegalStateException("deliberate fault after t = " + p[0]);
        }
        return 2 * u[0];
    }
}
