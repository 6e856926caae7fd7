package org.ldnworkbench.cli.internal;

import java.util.List;

import org.ldnworkbench.cli.command.AbstractCommand;
import org.ldnworkbench.cli.command.CommandArguments;
import org.ldnworkbench.cli.command.CommandContext;
import org.ldnworkbench.cli.command.UsageException;
import org.ldnworkbench.core.pipeline.Names;

/**
 * {@code ldnwb help [COMMAND]} (also {@code ldnwb --help} and {@code ldnwb COMMAND --help}): the generated usage of
 * all commands, or of one.
 */
final class HelpCommand extends AbstractCommand {
    private final Cli cli;

    HelpCommand(Cli cli) {
        super("help", "the usage of every command, or of one command with its options", "[COMMAND]", List.of());
        this.cli = cli;
    }

    @Override
    public int execute(CommandArguments a, CommandContext context) throws UsageException,
            Commands.UnusableCommandException {
        if (a.positional().size() > 1) {
            throw new UsageException("help takes at most one command, got: "
                    + Names.quote(String.join(" ", a.positional())));
        }
        if (a.positional().isEmpty()) {
            context.out().print(Usage.overview(cli.commands().all()));
            cli.commands().reportProblems(context.err());
            return 0;
        }
        return cli.commands().usageOf(a.positional().get(0), context);
    }
}
