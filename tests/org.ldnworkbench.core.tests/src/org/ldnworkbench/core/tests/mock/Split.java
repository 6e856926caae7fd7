package org.ldnworkbench.core.tests.mock;

import org.ldnworkbench.core.mechanism.Mechanism;

public class Split implements Mechanism {
    @Override
    public void initialState(double[] p, double[] x0) {
        x0[0] = 1;
    }

    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        dx[0] = -x[0] + u[0];
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        return index == 0 ? x[0] : 2 * u[0];
    }
}
