package org.ldnworkbench.core.tests.mock;

import org.ldnworkbench.core.mechanism.Mechanism;

/** x' = -x, x(0) = 1, y = x: the well-behaved part of the mocks that misbehave from a time on. */
public abstract class UnitDecay implements Mechanism {
    @Override
    public void initialState(double[] p, double[] x0) {
        x0[0] = 1;
    }

    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        dx[0] = -x[0];
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        return x[0];
    }
}
