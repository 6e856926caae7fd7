package org.ldnworkbench.core.tests.mock;

import org.ldnworkbench.core.mechanism.Mechanism;

/**
 * x' = -x; its {@code validate} spins without checking anything, interrupts included, until a test sets
 * {@link NeverReturns#release}.
 */
public class ValidateNeverReturns implements Mechanism {
    @Override
    public void validate(double[] p, double[][][] tables) {
        while (!NeverReturns.release) {
            Thread.onSpinWait();
        }
    }

    @Override
    public void initialState(double[] p, double[] x0) {
        x0[0] = 1;
    }

    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        dx[0] = -x[0];
    }
}
