package org.ldnworkbench.core.tests.mock;

import org.ldnworkbench.core.mechanism.Mechanism;

/** x' = c, x(0) = x0, y = x: with c near the largest double, one step's combination of finite slopes overflows. */
public class ConstantRate implements Mechanism {
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
        return x[0];
    }
}
