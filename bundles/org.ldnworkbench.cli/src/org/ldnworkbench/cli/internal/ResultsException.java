package org.ldnworkbench.cli.internal;

import java.io.IOException;

/**
 * A failure of the results folder ({@link ResultsDirectory}, {@link ResultsLock} and their helpers), its message
 * complete: naming the folder, the step and the reason. Any other {@link IOException} reaching the surface is wrapped
 * into one.
 */
final class ResultsException extends IOException {
    private static final long serialVersionUID = 1L;

    ResultsException(String message) {
        super(message);
    }

    ResultsException(String message, Throwable cause) {
        super(message, cause);
    }
}
