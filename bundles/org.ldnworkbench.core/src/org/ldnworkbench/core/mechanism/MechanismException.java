package org.ldnworkbench.core.mechanism;

/**
 * A mechanism could not be created or bound to its declaration.
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients; mechanisms throw it as it is.
 */
public class MechanismException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what the declaration lacks or gets wrong, naming the mechanism
     * @since 0.1
     */
    public MechanismException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, naming the mechanism
     * @param cause the failure that caused it
     * @since 0.1
     */
    public MechanismException(String message, Throwable cause) {
        super(message, cause);
    }
}
