package org.ldnworkbench.core.internal.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Calls of plugin code outside a simulation (creating and binding the mechanisms of a pipeline, their validation),
 * made one after the other by a body on a thread of the engine while the caller waits, each within a budget: the
 * body marks each call as it starts ({@link Marks#start}), and the caller is let go when one call has not returned
 * within the budget. Waiting time is counted as the {@link Watchdog} counts: an interval counts as at most two
 * periods of waking up, so that time the waiting thread was held up (a long garbage collection, a starved processor)
 * is not held against the call.
 */
public final class WatchedCalls {
    private WatchedCalls() {
    }

    /** The body's side: where it is, and whether it has been given up on. */
    public static final class Marks {
        private volatile long calls;
        private volatile int node = -1;
        private volatile String what = "";
        private volatile boolean abandoned;

        /**
         * Marks the start of a call.
         *
         * @param node the index of the node whose mechanism is called
         * @param call what the call does, in words ("checking its values")
         * @return false when the caller has given up: the body should then end without calling plugin code
         */
        public boolean start(int node, String call) {
            this.what = call;
            this.node = node;
            calls++; // one writer: the body's thread
            return !abandoned;
        }
    }

    /** Told on the waiting thread, before the stuck call's thread is interrupted. */
    @FunctionalInterface
    public interface OnStuck {
        /**
         * @param node the node of the call that did not return; -1 when the body had not started (a machine too busy
         *        to start it within the budget)
         * @param call what it was doing, as marked
         */
        void stuck(int node, String call);
    }

    /**
     * @param budgetNanos how long one call may take; 0 for no limit (then {@code body} runs on the calling thread)
     * @param body the calls, each marked by {@link Marks#start}
     * @param onStuck told of a call that did not return within the budget, before its thread is interrupted (so that
     *        what it reports comes before whatever the interrupted plugin does next)
     * @return what {@code body} returned; its unchecked exceptions and errors are rethrown as they are
     * @throws TimeoutException when a call did not return within the budget: the body is abandoned (it calls no
     *         further plugin code once the stuck call returns), its thread interrupted and left to itself, a daemon
     *         thread that goes back to the engine's pool if the call ever returns
     */
    public static <T> T run(long budgetNanos, Function<Marks, T> body, OnStuck onStuck) throws TimeoutException {
        Marks marks = new Marks();
        if (budgetNanos <= 0) {
            return body.apply(marks);
        }
        CompletableFuture<T> done = new CompletableFuture<>();
        Thread[] runner = new Thread[1];
        SupervisedRun.threads().execute(() -> {
            synchronized (runner) {
                runner[0] = Thread.currentThread();
            }
            try {
                done.complete(body.apply(marks));
            } catch (Throwable t) { // the caller's to handle, as if thrown in its own thread
                done.completeExceptionally(t);
            } finally {
                synchronized (runner) {
                    runner[0] = null;
                    Thread.interrupted(); // an interrupt sent as the body returned is not the pool's next task's
                }
            }
        });
        return await(done, budgetNanos, marks, () -> {
            onStuck.stuck(marks.node, marks.what);
            synchronized (runner) {
                if (runner[0] != null) {
                    runner[0].interrupt();
                }
            }
        });
    }

    private static <T> T await(CompletableFuture<T> done, long budgetNanos, Marks marks, Runnable giveUp)
            throws TimeoutException {
        long period = Watchdog.periodFor(budgetNanos);
        long counted = 0;
        long call = marks.calls;
        long last = System.nanoTime();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return done.get(period, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    long now = System.nanoTime();
                    long current = marks.calls;
                    if (current != call) { // another call has started: its budget starts now
                        call = current;
                        counted = 0;
                    } else {
                        counted += Math.min(now - last, 2 * period);
                    }
                    last = now;
                    if (counted >= budgetNanos) {
                        marks.abandoned = true;
                        if (done.completeExceptionally(e)) {
                            giveUp.run();
                            throw e;
                        }
                    }
                } catch (InterruptedException e) {
                    interrupted = true; // kept for the caller, as a run's waiting keeps it
                } catch (ExecutionException e) {
                    throw SupervisedRun.unchecked(e.getCause(), "a mechanism call");
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

}
