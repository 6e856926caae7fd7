package org.ldnworkbench.cli.internal;

import org.eclipse.core.runtime.OperationCanceledException;
import org.ldnworkbench.core.pipeline.Names;

/**
 * The one line and the exit code for a {@link Throwable} that no command handled: errors of the JVM included, from
 * the application thread or (through {@link Runs.WorkerFailure}) a worker thread. Without this an
 * {@link OutOfMemoryError} escaped the application, Equinox wrote it to the product log only, and the process ended
 * with exit code 0 and nothing on the screen.
 *
 * @param exitCode 1 when the input asks for more than this JVM has (memory, stack), 130 when cancelled, 70 for
 *        internal errors
 * @param line the message, one line
 */
record Failure(int exitCode, String line) {
    /** Exit code of a failure the input caused. */
    static final int INPUT = 1;
    /** Exit code of an internal error (sysexits' EX_SOFTWARE). */
    static final int INTERNAL = 70;
    /** Exit code of a cancelled run. */
    static final int CANCELLED = 130;
    /** Longest description of an unexpected exception in the line. */
    private static final int MAX_DETAIL = 300;
    /** Printed when not even the message can be built (the heap is full again). */
    static final String LAST_RESORT = "error: out of memory (and not enough left to say more)";

    /**
     * @param t what was thrown
     * @param activity what the command was doing, e.g. {@code reading '/dev/zero'}
     * @param debug whether the stack trace follows (then the line does not suggest --debug)
     */
    static Failure of(Throwable t, String activity, boolean debug) {
        String where = "while " + activity;
        Throwable cause = t;
        if (t instanceof Runs.WorkerFailure && t.getCause() != null) {
            where = "while simulating " + ((Runs.WorkerFailure) t).scenario();
            cause = t.getCause();
        }
        String hint = debug ? "" : " (run with --debug for details)";
        if (cause instanceof OperationCanceledException) {
            return new Failure(CANCELLED, "cancelled");
        }
        if (cause instanceof OutOfMemoryError) {
            long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            return new Failure(INPUT, "error: out of memory " + where + " (the JVM heap is " + mb + " MB; the "
                    + "input needs more: make it smaller, or give the JVM more, e.g. LDNWB_JAVA_OPTS=-Xmx"
                    + Math.max(4, 2 * mb / 1024) + "g)");
        }
        if (cause instanceof StackOverflowError) {
            return new Failure(INPUT, "error: stack overflow " + where + " (the input nests deeper than the JVM "
                    + "stack holds)" + hint);
        }
        if (cause instanceof LinkageError) {
            return new Failure(INTERNAL, "internal error " + where + ": the installation is incomplete or "
                    + "inconsistent: " + detail(cause) + hint);
        }
        return new Failure(INTERNAL, "internal error " + where + ": " + detail(cause) + hint);
    }

    /** @return the exception's class and message on one line, escaped and cut */
    private static String detail(Throwable t) {
        String s = t.toString();
        if (s.length() > MAX_DETAIL) {
            s = s.substring(0, MAX_DETAIL) + "...";
        }
        return Names.escape(s);
    }
}
