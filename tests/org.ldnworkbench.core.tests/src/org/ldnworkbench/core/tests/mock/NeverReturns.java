package org.ldnworkbench.core.tests.mock;

/**
 * x' = -x, y = x, until t reaches {@code at}: from then on its output spins without checking anything, interrupts
 * included. Only the test's {@link #release} ends the loop, so that the abandoned thread does not burn a processor
 * for the rest of the test run.
 */
public class NeverReturns extends UnitDecay {
    /** Set by a test once it is done with the stuck run. */
    public static volatile boolean release;

    @Override
    public double output(int index, double t, double[] x, double[] u, double[] p) {
        if (t >= p[0]) {
            spinUntilReleased();
        }
        return x[0];
    }

    /** Spins without checking anything, interrupts included, until a test sets {@link #release}. */
    static void spinUntilReleased() {
        while (!release) {
            Thread.onSpinWait();
        }
    }
}
