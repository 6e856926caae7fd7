package org.ldnworkbench.cli.internal;

import org.ldnworkbench.core.mechanism.Mechanism;

/**
 * x' = -x, y = x, until t reaches {@code at}: from then on its output never returns, sleeping in a loop that
 * swallows interrupts (a plugin waiting for something that never comes). Only the test's {@link #release} ends it,
 * so that the abandoned thread does not outlive the test.
 */
public class NeverReturningMechanism implements Mechanism {
    /** Set by a test once it is done with the stuck run. */
    static volatile boolean release;

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
            waitForRelease();
        }
        return x[0];
    }

    /** Sleeps in a loop that swallows interrupts until the test sets {@link #release}. */
    static void waitForRelease() {
        while (!release) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                // ignored on purpose: this plugin does not stop when asked
            }
        }
    }
}
