package org.ldnworkbench.core.tests.mock;

/**
 * {@link NeverReturns} whose {@code validate} already spins without checking anything, interrupts included, until a
 * test sets {@link NeverReturns#release}.
 */
public class ValidateNeverReturns extends NeverReturns {
    /** How many times {@code validate} was called. */
    public static final java.util.concurrent.atomic.AtomicInteger CALLS = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public void validate(double[] p, double[][][] tables) {
        CALLS.incrementAndGet();
        spinUntilReleased();
    }
}
