package org.ldnworkbench.cli.tests;

import java.util.List;
import java.util.Locale;

import org.ldnworkbench.cli.command.AbstractCommand;
import org.ldnworkbench.cli.command.CommandArguments;
import org.ldnworkbench.cli.command.CommandContext;
import org.ldnworkbench.cli.command.CommandOption;

/** A contributed command that works: prints its words, upper-cased with {@code --upper}, after {@code --prefix}. */
public final class EchoCommand extends AbstractCommand {
    public EchoCommand() {
        super("echo-test",
                "prints its words (a working contribution)",
                "WORD...", List.of(CommandOption.flag("--upper", "upper-case the words"),
                CommandOption.valued("--prefix", "TEXT", "printed before the words")));
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
