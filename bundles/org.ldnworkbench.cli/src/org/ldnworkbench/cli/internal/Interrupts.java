package org.ldnworkbench.cli.internal;

import sun.misc.Signal;

/**
 * Ctrl-C on the command line. The first interrupt asks the running command to stop ({@link Cli#cancel()}): a run
 * stops its simulations at their next step and writes what they computed, marked incomplete, then exits with 130.
 * A second interrupt quits at once, as an uncaught Ctrl-C would; the results folder protocol keeps the earlier
 * results then (docs/RELIABILITY.md).
 * <p>
 * Java has no public API for SIGINT; {@code sun.misc.Signal} (module {@code jdk.unsupported}) is the supported way
 * for applications to handle it. Where it is missing, Ctrl-C quits at once, as before.
 */
final class Interrupts {
    private static final String INT = "INT";

    private Interrupts() {
    }

    /** Installs the handler for the lifetime of the process; does nothing where signals cannot be handled. */
    static void install(Cli cli) {
        try {
            Signal.handle(new Signal(INT), first -> {
                if (!cli.cancel()) {
                    quit(cli); // nothing running that could keep what it computed
                }
                cli.err().println("ldnwb: stopping; what was computed will be written (Ctrl-C again quits at once)");
                Signal.handle(new Signal(INT), second -> quit(cli));
            });
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            // no SIGINT here (or it is reserved by the JVM, e.g. with -Xrs): Ctrl-C quits at once
        }
    }

    /** Quits at once, as an unhandled Ctrl-C would (a results folder being replaced keeps its earlier results). */
    private static void quit(Cli cli) {
        cli.err().println("cancelled");
        cli.err().flush();
        Runtime.getRuntime().halt(Failure.CANCELLED);
    }
}
