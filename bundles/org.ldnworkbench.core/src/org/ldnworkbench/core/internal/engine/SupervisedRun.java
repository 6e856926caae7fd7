package org.ldnworkbench.core.internal.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

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

    /** @return the engine's threads, for {@link WatchedCalls} */
    static Executor threads() {
        return THREADS;
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
                    if (e.getCause() instanceof SimulationException se) {
                        throw se;
                    }
                    throw unchecked(e.getCause(), "a simulation");
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * @param what the body, for the wrapper's message ("a simulation")
     * @return what a body on an engine thread threw, for its caller to throw as if thrown in its own thread: an
     *         unchecked exception as it is, an error thrown here, anything else wrapped
     */
    static RuntimeException unchecked(Throwable cause, String what) {
        if (cause instanceof RuntimeException re) {
            return re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(what + " failed: " + cause, cause);
    }
}
