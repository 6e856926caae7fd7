package org.ldnworkbench.core.pipeline;

/**
 * A pipeline file could not be read: syntax error, wrong format version, unknown or ill-typed field. The message
 * names the file and the place (line and column, or the JSON path of the field).
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 * @noinstantiate This class is not intended to be instantiated by clients; {@link PipelineFiles} throws it.
 */
public class PipelineFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong, naming the file and the place
     * @since 0.1
     */
    public PipelineFormatException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming the file and the place
     * @param cause the failure that caused it, for example an I/O error
     * @since 0.1
     */
    public PipelineFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
