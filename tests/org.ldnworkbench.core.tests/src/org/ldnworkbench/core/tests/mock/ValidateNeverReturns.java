package org.ldnworkbench.core.tests.mock;

/**
 * {@link NeverReturns} whose {@code validate} already spins without checking anything, interrupts included, until a
 * test sets {@link NeverReturns#release}.
 */
public class ValidateNeverReturns extends NeverReturns {
    @Override
    public void validate(double[] p, double[][][] tables) {
        while (!release) {
            Thread.onSpinWait();
        }
    }
}
