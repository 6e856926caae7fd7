package org.ldnworkbench.cli.command;

import java.util.List;

/**
 * One verb of {@code ldnwb} ({@code run}, {@code scan}, ...): its name, a one-line summary, what it takes, and what
 * it does. {@code ldnwb} parses the command line against {@link #options()}, so that a command never sees an unknown
 * option, and generates {@code ldnwb --help} and {@code ldnwb NAME --help} from the same declarations.
 * <p>
 * A bundle adds a command through the extension point {@code org.ldnworkbench.cli.commands}, which repeats the name
 * and summary so that {@code ldnwb --help} lists the command without loading its class. An implementation needs a
 * public no-argument constructor and should keep it cheap: it is created when the command is used or its usage is
 * shown.
 * <p>
 * Exit codes: {@link #execute} returns 0 or 1 (a result the user must look at, e.g. a failed check); a
 * {@link UsageException} exits with 2, the engine's {@code PipelineFormatException}, {@code CompileException},
 * {@code SimulationException} and {@code IOException} with 1 and their message on one line, anything else with 70
 * as an internal error.
 *
 * @since 0.1
 */
public interface LdnwbCommand {
    /**
     * @return the verb as typed, lower-case words joined by {@code -}, e.g. {@code run}
     * @since 0.1
     */
    String name();

    /**
     * @return one line: what the command does, for the usage
     * @since 0.1
     */
    String summary();

    /**
     * @return the positional arguments as in a synopsis, e.g. {@code FILE} or {@code MECHANISM}; empty when the
     *         command takes none
     * @since 0.1
     */
    String operands();

    /**
     * @return the options the command accepts, in the order the usage shows them
     * @since 0.1
     */
    List<CommandOption> options();

    /**
     * Runs the command.
     *
     * @param arguments the command line after the verb, parsed against {@link #options()} ({@code --debug} removed)
     * @param context the streams and the installed mechanisms
     * @return the exit code, 0 when it succeeded
     * @throws Exception see the class comment for the exit code of each kind
     * @since 0.1
     */
    int execute(CommandArguments arguments, CommandContext context) throws Exception;
}
