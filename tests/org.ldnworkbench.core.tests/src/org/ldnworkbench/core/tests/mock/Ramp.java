package org.ldnworkbench.core.tests.mock;

import org.ldnworkbench.core.mechanism.Mechanism;

/** x' = r, x(0) = x0, y = g x: a state and an output that run out of their declared ranges on demand. */
public class Ramp implements Mechanism {
    @Override
    public void initialState(double[] p, double[] x0) {
        x0[0] = p[1];
    }

    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        dx[0] = p[0];
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        return p[2] * x[0];
    }
}
