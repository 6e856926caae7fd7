package org.ldnworkbench.core.internal.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One daemon thread per JVM, started with the first watched run, that samples the {@link CallSlot} of every run in
 * progress and reports a run whose evaluation has not come back within its budget: a mechanism call that never
 * returns. It only looks; what happens to the run is up to the {@link Watch}'s owner ({@link SupervisedRun}).
 * <p>
 * Time is counted by the watchdog's own clock between its samples, and an interval is counted as at most two
 * sampling periods: when the watchdog itself was held up (a long garbage collection, a suspended machine, a starved
 * processor), the run was too, and that time is not held against it.
 */
final class Watchdog implements Runnable {
    /** Sampling period: a quarter of the smallest budget watched, within these bounds. */
    private static final long MIN_PERIOD = TimeUnit.MILLISECONDS.toNanos(5);
    private static final long MAX_PERIOD = TimeUnit.MILLISECONDS.toNanos(500);
    private static Watchdog shared;

    private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
    private final Object wake = new Object();

    private Watchdog() {
    }

    /** @return the JVM's watchdog, its thread started on the first call */
    static synchronized Watchdog shared() {
        if (shared == null) {
            shared = new Watchdog();
            Thread t = new Thread(shared, "ldnwb-mechanism-watchdog");
            t.setDaemon(true); // never keeps the JVM alive
            t.start();
        }
        return shared;
    }

    /**
     * Watches a run until the returned watch is closed.
     *
     * @param plan the run's plan, to name the stuck call
     * @param slot the run's current call
     * @param runner the thread making the calls
     * @param budgetNanos how long one evaluation may take
     * @param onStuck called once, on the watchdog's thread, when an evaluation has exceeded the budget; must not
     *        block
     */
    Watch watch(Plan plan, CallSlot slot, Thread runner, long budgetNanos, Consumer<Watch> onStuck) {
        Watch w = new Watch(this, plan, slot, runner, budgetNanos, onStuck);
        watches.add(w);
        synchronized (wake) {
            wake.notifyAll();
        }
        return w;
    }

    @Override
    public void run() {
        long last = System.nanoTime();
        while (true) {
            long period = period();
            try {
                synchronized (wake) {
                    if (watches.isEmpty()) {
                        wake.wait();
                        last = System.nanoTime();
                        continue;
                    }
                    TimeUnit.NANOSECONDS.timedWait(wake, period);
                }
            } catch (InterruptedException e) {
                // nobody but the JVM's shutdown interrupts this thread; keep watching while it runs
                continue;
            }
            long now = System.nanoTime();
            long counted = Math.min(now - last, 2 * period);
            last = now;
            for (Watch w : watches) {
                w.sample(counted);
            }
        }
    }

    private long period() {
        long smallest = Long.MAX_VALUE;
        for (Watch w : watches) {
            smallest = Math.min(smallest, w.budget);
        }
        return periodFor(smallest);
    }

    /** @return how often a budget is sampled: a quarter of it, within {@link #MIN_PERIOD} and {@link #MAX_PERIOD} */
    static long periodFor(long budgetNanos) {
        return Math.max(MIN_PERIOD, Math.min(MAX_PERIOD, budgetNanos / 4));
    }

    /** One watched run; closed by the run's thread when the run ends, however it ends. */
    static final class Watch implements AutoCloseable {
        private final Watchdog owner;
        private final Plan plan;
        private final CallSlot slot;
        private final Thread runner;
        private final long budget;
        private final Consumer<Watch> onStuck;
        /** Read and written by the watchdog's thread only. */
        private long lastPhase = -1;
        private long stuckFor;
        private boolean closed;

        Watch(Watchdog owner, Plan plan, CallSlot slot, Thread runner, long budget, Consumer<Watch> onStuck) {
            this.owner = owner;
            this.plan = plan;
            this.slot = slot;
            this.runner = runner;
            this.budget = budget;
            this.onStuck = onStuck;
        }

        private void sample(long counted) {
            long phase = slot.phase();
            if ((phase & 1) == 0 || phase != lastPhase) {
                lastPhase = phase;
                stuckFor = 0;
                return;
            }
            stuckFor += counted;
            if (stuckFor >= budget && owner.watches.remove(this)) {
                try {
                    onStuck.accept(this);
                } catch (RuntimeException | Error e) {
                    // the watchdog keeps watching the other runs whatever one owner does
                }
            }
        }

        /** @return the stuck call as the run's failure, with the stuck thread's stack as its stack trace */
        StuckCallException failure() {
            StackTraceElement[] stack = runner.getStackTrace();
            int generated = KernelGenerator.callIn(stack);
            int code = generated >= 0 ? generated : slot.callCode();
            StuckCallException e = new StuckCallException(CallSlot.node(code), CallSlot.what(code, plan), slot.time(),
                    budget);
            e.setStackTrace(stack);
            return e;
        }

        /** Interrupts the run's thread, unless the run has ended meanwhile (the thread may serve another run). */
        synchronized void interruptRunner() {
            if (!closed) {
                runner.interrupt();
            }
        }

        /** Ends the watch; called by the run's thread, whose interrupt (if the watchdog sent one) is cleared. */
        @Override
        public void close() {
            synchronized (this) {
                closed = true;
            }
            owner.watches.remove(this);
            Thread.interrupted();
        }
    }
}
