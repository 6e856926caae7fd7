package org.ldnworkbench.core.internal.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.ldnworkbench.core.engine.SimulationException;

/**
 * Runs a simulation on a thread of the engine while the caller waits, so that the caller can be let go when a
 * mechanism call never returns: Java cannot stop a thread, only leave it. The {@link Watchdog} watches the run's
 * {@link CallSlot}; when a call exceeds the budget, the run is given up on ({@link CallSlot#abandon}: its thread
 * hands no further sample to the sink), the caller gets a {@link StuckCallException}, and the stuck thread is
 * interrupted and left to itself. It is a daemon thread, so it never keeps the JVM from exiting, and it holds no
 * lock of the engine's while it runs a mechanism.
 * <p>
 * Threads are pooled (a run hands over to an idle one, a few microseconds), so a scan of thousands of runs does not
 * start thousands of threads; an abandoned thread is simply no longer in the pool.
 */
public final class SupervisedRun {
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ldnwb-simulation-" + THREAD_NUMBER.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private SupervisedRun() {
    }

    /** The simulation itself: what runs on the engine's thread. */
    @FunctionalInterface
    public interface Body<T> {
        T run() throws SimulationException;
    }

    /**
     * @param plan the run's plan, to name a stuck call
     * @param slot the run's current call, written by {@code body}
     * @param budgetNanos how long one evaluation of the pipeline may take; 0 for no watching (then {@code body} runs
     *        on the calling thread)
     * @return what {@code body} returned
     * @throws SimulationException what {@code body} threw; its unchecked exceptions and errors are rethrown as they
     *         are
     * @throws StuckCallException when a mechanism call exceeded the budget
     */
    public static <T> T run(Plan plan, CallSlot slot, long budgetNanos, Body<T> body) throws SimulationException {
        if (budgetNanos <= 0) {
            return body.run();
        }
        CompletableFuture<T> done = new CompletableFuture<>();
        THREADS.execute(() -> {
            try (Watchdog.Watch w = Watchdog.shared().watch(plan, slot, Thread.currentThread(), budgetNanos,
                    stuck -> giveUp(stuck, slot, done))) {
                done.complete(body.run());
            } catch (Throwable t) { // the caller's to handle, as if thrown in its own thread
                done.completeExceptionally(t);
            }
        });
        return await(done);
    }

    /**
     * Runs one piece of mechanism code that is not a simulation (creating and binding the mechanisms of a pipeline,
     * their validation) on a thread of the engine, and waits for it at most {@code budgetNanos}, counted as the
     * {@link Watchdog} counts: an interval of waiting counts as at most two periods of waking up, so that time the
     * waiting thread was held up (a long garbage collection, a starved processor) is not held against the call.
     *
     * @param budgetNanos how long the call may take; 0 for no limit (then {@code body} runs on the calling thread)
     * @return what {@code body} returned; its unchecked exceptions and errors are rethrown as they are
     * @throws TimeoutException when {@code body} did not return within the budget: its thread is interrupted and
     *         left to itself (a daemon thread, out of the pool)
     */
    public static <T> T call(long budgetNanos, Supplier<T> body) throws TimeoutException {
        if (budgetNanos <= 0) {
            return body.get();
        }
        CompletableFuture<T> done = new CompletableFuture<>();
        Thread[] runner = new Thread[1];
        THREADS.execute(() -> {
            synchronized (runner) {
                runner[0] = Thread.currentThread();
            }
            try {
                done.complete(body.get());
            } catch (Throwable t) { // the caller's to handle, as if thrown in its own thread
                done.completeExceptionally(t);
            } finally {
                synchronized (runner) {
                    runner[0] = null;
                    Thread.interrupted(); // an interrupt sent as the call returned is not the pool's next task's
                }
            }
        });
        long period = Math.max(TimeUnit.MILLISECONDS.toNanos(5), Math.min(TimeUnit.MILLISECONDS.toNanos(500),
                budgetNanos / 4));
        long counted = 0;
        long last = System.nanoTime();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return done.get(period, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    long now = System.nanoTime();
                    counted += Math.min(now - last, 2 * period);
                    last = now;
                    if (counted >= budgetNanos && done.completeExceptionally(e)) {
                        synchronized (runner) {
                            if (runner[0] != null) {
                                runner[0].interrupt();
                            }
                        }
                        throw e;
                    }
                } catch (InterruptedException e) {
                    interrupted = true; // kept for the caller, as a run's waiting keeps it
                } catch (ExecutionException e) {
                    throw unchecked(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException re) {
            return re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException("a mechanism call failed: " + cause, cause);
    }

    /** On the watchdog's thread: fails the run for its caller, unless it has just ended, then interrupts it. */
    private static void giveUp(Watchdog.Watch stuck, CallSlot slot, CompletableFuture<?> done) {
        StuckCallException failure = stuck.failure();
        slot.abandon();
        if (done.completeExceptionally(failure)) {
            stuck.interruptRunner();
        }
    }

    /**
     * Waits for the run; an interrupt of the waiting thread does not stop the run (it never did: runs stop through
     * their monitor) and is kept for the caller.
     */
    private static <T> T await(CompletableFuture<T> done) throws SimulationException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return done.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof SimulationException se) {
                        throw se;
                    }
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException("a simulation failed: " + cause, cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
