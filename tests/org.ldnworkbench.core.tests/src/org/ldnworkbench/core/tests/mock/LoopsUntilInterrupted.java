package org.ldnworkbench.core.tests.mock;

import java.util.concurrent.locks.LockSupport;

/**
 * x' = -x, y = x, until t reaches {@code at}: from then on its derivatives do not return until the thread is
 * interrupted (then they return 0, and record that the interrupt came). A plugin waiting on something that never
 * happens, but written to give up when interrupted.
 */
public class LoopsUntilInterrupted extends UnitDecay {
    /** Set once a stuck call has seen the watchdog's interrupt. */
    public static volatile boolean interrupted;
    /** The thread of the last call that got stuck. */
    public static volatile Thread stuckThread;

    @Override
    public void derivatives(double t, double[] x, double[] u, double[] p, double[] dx) {
        if (t >= p[0]) {
            stuckThread = Thread.currentThread();
            while (!Thread.currentThread().isInterrupted()) {
                LockSupport.parkNanos(1_000_000);
            }
            interrupted = true;
            dx[0] = 0;
            return;
        }
        super.derivatives(t, x, u, p, dx);
    }
}
