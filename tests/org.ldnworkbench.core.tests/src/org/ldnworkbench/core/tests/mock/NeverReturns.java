package org.ldnworkbench.core.tests.mock;

import org.ldnworkbench.core.mechanism.Mechanism;

/**
 * x' = -x, y = x, until t reaches {@code at}: from then on its output spins without checking anything, interrupts
 * included. Only the test's {@link #release} ends the loop, so that the abandoned thread does not burn a processor
 * for the rest of the test run.
 */
public class NeverReturns implements Mechanism {
    /** Set by a test once it is done with the stuck run. */
    public static volatile boolean release;

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
        if (t >= p[0]) {
            while (!release) {
                Thread.onSpinWait();
            }
        }
        return x[0];
    }
}
