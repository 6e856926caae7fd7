package org.ldnworkbench.cli.tests;

import java.util.List;
import java.util.Locale;

import org.ldnworkbench.cli.command.CommandArguments;
import org.ldnworkbench.cli.command.CommandContext;
import org.ldnworkbench.cli.command.CommandOption;
import org.ldnworkbench.cli.command.LdnwbCommand;

/** A contributed command that works: prints its words, upper-cased with {@code --upper}, after {@code --prefix}. */
public final class EchoCommand implements LdnwbCommand {
    @Override
    public String name() {
        return "echo-test";
    }

    @Override
    public String summary() {
        return "prints its words (a working contribution)";
    }

    @Override
    public String operands() {
        return "WORD...";
    }

    @Override
    public List<CommandOption> options() {
        return List.of(CommandOption.flag("--upper", "upper-case the words"),
                CommandOption.valued("--prefix", "TEXT", "printed before the words"));
    }

    @Override
    public int execute(CommandArguments a, CommandContext context) {
        String words = String.join(" ", a.positional());
        String prefix = a.value("--prefix");
        context.out().println((prefix == null ? "" : prefix) + (a.flag("--upper")
                ? words.toUpperCase(Locale.ROOT) : words));
        return 0;
    }
}
