package org.ldnworkbench.core.tests.mock;

import org.ldnworkbench.core.mechanism.Mechanism;

/**
 * x' = -k x (x read as at least 0, as the receptor model reads concentrations), x(0) = x0, y = x: a fast process that
 * is over after a few time constants, after which the state rests at 0 and the integrator may take long steps.
 */
public class FastDecay implements Mechanism {
    @Override
    public void initialState(double[] p, double[] x0) {
        x0[0] = p[1];
    }

    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        dx[0] = -p[0] * Math.max(0, x[0]);
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        return x[0];
    }
}
