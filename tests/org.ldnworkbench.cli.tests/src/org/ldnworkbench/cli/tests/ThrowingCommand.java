package org.ldnworkbench.cli.tests;

import java.util.List;

import org.ldnworkbench.cli.command.CommandArguments;
import org.ldnworkbench.cli.command.CommandContext;
import org.ldnworkbench.cli.command.CommandOption;
import org.ldnworkbench.cli.command.LdnwbCommand;

/** A contributed command whose constructor throws: using it fails with one message, the other commands work. */
public final class ThrowingCommand implements LdnwbCommand {
    public ThrowingCommand() {
        throw new IllegalStateException("the test command refuses to be made");
    }

    @Override
    public String name() {
        return "throwing-test";
    }

    @Override
    public String summary() {
        return "never made";
    }

    @Override
    public String operands() {
        return "";
    }

    @Override
    public List<CommandOption> options() {
        return List.of();
    }

    @Override
    public int execute(CommandArguments arguments, CommandContext context) {
        return 0;
    }
}
