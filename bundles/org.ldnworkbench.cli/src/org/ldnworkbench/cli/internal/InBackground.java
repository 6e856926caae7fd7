package org.ldnworkbench.cli.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A value computed in a daemon thread of its own while the command goes on, e.g. summary.json being formatted while
 * the summary prints: on two cores one of them is often idle then. {@link #get} gives the value, or throws what the
 * computation threw, as if it had been computed in the calling thread.
 *
 * @param <T> the value's type
 */
final class InBackground<T> {
    private final FutureTask<T> task;

    private InBackground(Callable<T> work) {
        this.task = new FutureTask<>(work);
    }

    /**
     * @param name the thread's name (seen in thread dumps)
     * @param work computes the value; may throw unchecked exceptions only (they are rethrown by {@link #get})
     */
    static <T> InBackground<T> start(String name, Callable<T> work) {
        InBackground<T> b = new InBackground<>(work);
        Thread t = new Thread(b.task, name);
        t.setDaemon(true); // never keeps the process alive after a failure elsewhere
        t.start();
        return b;
    }

    /** @return the value, once computed; rethrows the computation's unchecked exception or error as it is */
    T get() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + task, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            Unchecked.rethrow(cause);
            throw new IllegalStateException("a background computation failed: " + cause, cause);
        }
    }
}
