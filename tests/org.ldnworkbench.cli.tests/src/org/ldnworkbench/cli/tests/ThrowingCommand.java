package org.ldnworkbench.cli.tests;

import java.util.List;

import org.ldnworkbench.cli.command.AbstractCommand;
import org.ldnworkbench.cli.command.CommandArguments;
import org.ldnworkbench.cli.command.CommandContext;

/** A contributed command whose constructor throws: using it fails with one message, the other commands work. */
public final class ThrowingCommand extends AbstractCommand {
    public ThrowingCommand() {
        super("throwing-test", "never made", "", List.of());
        throw new IllegalStateException("the test command refuses to be made");
    }

    @Override
    public int execute(CommandArguments arguments, CommandContext context) {
        return 0;
    }
}
