package org.ldnworkbench.cli.command;

import java.io.PrintStream;

import org.ldnworkbench.core.engine.MechanismCatalog;

/**
 * What a running command may use of {@code ldnwb}: its two streams, the installed mechanisms, and a way to say what
 * it is doing so that a failure it does not handle (an {@link OutOfMemoryError}, a bug) is reported as
 * {@code internal error while reading 'x.ldnpipe': ...} instead of a bare stack trace.
 *
 * @since 0.1
 * @noimplement
 */
public interface CommandContext {
    /**
     * @return standard output: the command's results
     * @since 0.1
     */
    PrintStream out();

    /**
     * @return standard error: warnings; errors are thrown, not printed
     * @since 0.1
     */
    PrintStream err();

    /**
     * @return the installed mechanisms (in tests: the ones the test installs)
     * @since 0.1
     */
    MechanismCatalog catalog();

    /**
     * @param activity what the command does now, for messages, e.g. {@code reading 'x.ldnpipe'}
     * @since 0.1
     */
    void doing(String activity);
}
