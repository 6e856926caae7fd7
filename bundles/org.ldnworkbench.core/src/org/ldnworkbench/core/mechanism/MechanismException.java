package org.ldnworkbench.core.mechanism;

/** A mechanism could not be created or bound to its declaration. */
public class MechanismException extends Exception {
    private static final long serialVersionUID = 1L;

    public MechanismException(String message) {
        super(message);
    }

    public MechanismException(String message, Throwable cause) {
        super(message, cause);
    }
}
