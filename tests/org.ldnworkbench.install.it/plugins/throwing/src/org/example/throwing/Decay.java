package org.example.throwing;

import org.ldnworkbench.core.mechanism.Mechanism;

/** A faulty third-party mechanism for the install test: x' = -x, y = x, until its derivatives throw after t = at. */
public class Decay implements Mechanism {
    @Override
    public void initialState(double[] p, double[] x0) {
        x0[0] = 1;
    }

    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        if (t > p[0]) {
            throw new IllegalStateException("deliberate fault of the install test after t = " + p[0] + " h");
        }
        dx[0] = -x[0];
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        return x[0];
    }
}
