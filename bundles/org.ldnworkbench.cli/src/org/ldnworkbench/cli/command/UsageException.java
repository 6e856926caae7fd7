package org.ldnworkbench.cli.command;

/**
 * The command line itself is wrong (unknown option, missing or malformed argument): {@code ldnwb} prints the message
 * after the command's name, points to {@code ldnwb --help} and exits with 2.
 *
 * @since 0.1
 */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, naming the option or argument and quoting what was typed
     * @since 0.1
     */
    public UsageException(String message) {
        super(message);
    }
}
