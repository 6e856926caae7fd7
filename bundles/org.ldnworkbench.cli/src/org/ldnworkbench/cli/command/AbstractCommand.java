package org.ldnworkbench.cli.command;

import java.util.List;
import java.util.Objects;

/**
 * A command whose name, summary, operands and options are fixed when it is made, so that a subclass states them in
 * one constructor call and implements only {@link #execute}.
 *
 * @since 0.1
 */
public abstract class AbstractCommand implements LdnwbCommand {
    private final String name;
    private final String summary;
    private final String operands;
    private final List<CommandOption> options;

    /**
     * @param name the verb as typed, e.g. {@code run}
     * @param summary one line: what the command does
     * @param operands the positional arguments as in a synopsis, e.g. {@code FILE}; empty for none
     * @param options the options in the order the usage shows them
     * @since 0.1
     */
    protected AbstractCommand(String name, String summary, String operands, List<CommandOption> options) {
        this.name = Objects.requireNonNull(name, "name");
        this.summary = Objects.requireNonNull(summary, "summary");
        this.operands = Objects.requireNonNull(operands, "operands");
        this.options = List.copyOf(options);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String summary() {
        return summary;
    }

    @Override
    public final String operands() {
        return operands;
    }

    @Override
    public final List<CommandOption> options() {
        return options;
    }
}
