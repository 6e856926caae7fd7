package org.ldnworkbench.ui.tests.runs;

import org.ldnworkbench.core.mechanism.Mechanism;

/** A mechanism whose derivative throws from t = at on: a run that fails part-way, at a known node and time. */
public class ThrowAt implements Mechanism {
    @Override
    public void initialState(double[] p, double[] x0) {
        x0[0] = 1;
    }

    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        if (t >= p[0]) {
            throw new IllegalStateException("the test mechanism's derivative fails from t = " + p[0] + " h");
        }
        dx[0] = -x[0];
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        return x[0];
    }
}
