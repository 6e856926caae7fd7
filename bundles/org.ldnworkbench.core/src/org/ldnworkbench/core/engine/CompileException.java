package org.ldnworkbench.core.engine;

import java.util.List;

/**
 * A pipeline failed validation; {@link #problems()} lists every problem found, in file order.
 *
 * @since 0.1
 * @noextend This class is not intended to be subclassed by clients.
 * @noinstantiate This class is not intended to be instantiated by clients; the compiler throws it.
 */
public class CompileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /**
     * @param source the pipeline's file or name, first in the message
     * @param problems every problem found, at least one
     * @since 0.1
     */
    public CompileException(String source, List<Problem> problems) {
        super(source + ": " + problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1)
                + " more problem" + (problems.size() > 2 ? "s" : "") + ")" : ""));
        this.problems = List.copyOf(problems);
    }

    /**
     * @return every problem found, in file order
     * @since 0.1
     */
    public List<Problem> problems() {
        return problems;
    }
}
