package org.ldnworkbench.ui.tests.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Waiting in a UI test. The UI tests run in the UI thread (tycho-surefire's UI harness), so nothing they wait for
 * (a repaint, an {@code asyncExec}, a job's result shown in a view) can happen unless the wait itself dispatches the
 * display's events: every wait here does, and fails with a message saying what it waited for once its time is up,
 * instead of hanging the build.
 */
public final class UiWait {
    /** How long a wait lasts unless told otherwise: long enough for a slow CI machine, short enough to fail soon. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private UiWait() {
    }

    /** @return the display of the calling thread, which must be the UI thread */
    public static Display display() {
        Display display = Display.getCurrent();
        if (display == null) {
            fail("UI test support called outside the UI thread (" + Thread.currentThread().getName()
                    + "); run the test in the UI harness with useUIThread");
        }
        return display;
    }

    /** Dispatches every event that is waiting, without blocking. */
    public static void processEvents() {
        Display display = display();
        while (!display.isDisposed() && display.readAndDispatch()) {
            // dispatching is the work
        }
    }

    /**
     * Dispatches events until {@code condition} holds.
     *
     * @param what what is awaited, for the failure message ("the Problems view to show 2 markers")
     */
    public static void until(String what, BooleanSupplier condition) {
        until(what, condition, DEFAULT_TIMEOUT);
    }

    /** As {@link #until(String, BooleanSupplier)}, with a timeout of its own. */
    public static void until(String what, BooleanSupplier condition, Duration timeout) {
        forValue(what, () -> condition.getAsBoolean() ? Boolean.TRUE : null, timeout);
    }

    /**
     * Dispatches events until {@code supplier} gives something.
     *
     * @param what what is awaited, for the failure message
     * @return the first value other than {@code null} the supplier gave
     */
    public static <T> T forValue(String what, Supplier<T> supplier, Duration timeout) {
        Display display = display();
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            processEvents();
            T value = supplier.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() - end > 0) {
                fail("Timed out after " + timeout.toMillis() + " ms waiting for " + what);
            }
            sleep(display, 10);
        }
    }

    /** Dispatches events for {@code time}, e.g. to let a layout settle before a screenshot. */
    public static void pause(Duration time) {
        Display display = display();
        long end = System.nanoTime() + time.toNanos();
        while (System.nanoTime() - end < 0) {
            processEvents();
            sleep(display, 10);
        }
    }

    /** Dispatches events until no job is running, waiting or sleeping, naming the jobs still there on timeout. */
    public static void forJobs(Duration timeout) {
        Display display = display();
        long end = System.nanoTime() + timeout.toNanos();
        while (!Job.getJobManager().isIdle()) {
            if (System.nanoTime() - end > 0) {
                String jobs = Arrays.stream(Job.getJobManager().find(null))
                        .map(job -> "'" + job.getName() + "' (" + stateName(job.getState()) + ")")
                        .collect(Collectors.joining(", "));
                fail("Timed out after " + timeout.toMillis() + " ms waiting for the jobs to finish: " + jobs);
            }
            processEvents();
            sleep(display, 10);
        }
        processEvents();
    }

    private static String stateName(int state) {
        return switch (state) {
            case Job.RUNNING -> "running";
            case Job.WAITING -> "waiting";
            case Job.SLEEPING -> "sleeping";
            default -> "none";
        };
    }

    /** Sleeps until the next event or {@code millis}, whichever comes first. */
    private static void sleep(Display display, int millis) {
        if (display.isDisposed()) {
            return;
        }
        display.timerExec(millis, () -> {
            // only wakes the display
        });
        display.sleep();
    }
}
