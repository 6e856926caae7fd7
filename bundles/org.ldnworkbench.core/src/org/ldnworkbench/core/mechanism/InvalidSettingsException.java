package org.ldnworkbench.core.mechanism;

import java.util.List;

/**
 * A mechanism refuses a combination of parameter values or table rows that each pass their declared checks but
 * together make no sense (see {@link Mechanism#validate(double[], double[][][])}). The compiler reports it as a
 * problem of the node, naming the mechanism, the parameters and tables involved with their values, and the reason.
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients; mechanisms throw it as it is.
 */
public class InvalidSettingsException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> names;

    /**
     * @param reason why the combination is refused, for the user: what must hold, e.g. "low must not exceed high"
     * @param names the declared names of the parameters and tables involved, at least one
     * @throws IllegalArgumentException when no name is given: a refusal must say what to change
     * @since 0.1
     */
    public InvalidSettingsException(String reason, String... names) {
        super(reason);
        if (names.length == 0) {
            throw new IllegalArgumentException("a refused combination names the parameters or tables involved");
        }
        this.names = List.of(names);
    }

    /**
     * @return the declared names of the parameters and tables involved, in the order given
     * @since 0.1
     */
    public List<String> names() {
        return names;
    }
}
