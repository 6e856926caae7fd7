package org.ldnworkbench.core.tests.mock;

import org.ldnworkbench.core.mechanism.Mechanism;

/**
 * x' = -k x^2 (x read as at least 0), doses add to x: its time constant 1/(2 k x) shrinks as the amount grows, so a
 * dose can make a fixed step unstable that was stable before it.
 */
public class SecondOrderElimination implements Mechanism {
    @Override
    public void initialState(double[] p, double[] x0) {
        x0[0] = p[1];
    }

    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        double a = Math.max(0, x[0]);
        dx[0] = -p[0] * a * a;
    }

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        return x[0];
    }

    @Override
    public void applyEvent(int eventInput, double value, double[] x, double[] p) {
        x[0] += value;
    }
}
