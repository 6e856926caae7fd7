package org.ldnworkbench.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.ldnworkbench.cli.command.CommandContext;
import org.ldnworkbench.cli.command.LdnwbCommand;
import org.ldnworkbench.cli.command.UsageException;
import org.ldnworkbench.core.pipeline.Names;

/**
 * The verbs one {@code ldnwb} knows: the built-in ones in their usage order, then the contributed ones by name.
 * Dispatching is a lookup by name here; a contribution that cannot be used makes only itself unusable.
 */
final class Commands {
    /** A contributed command whose class cannot be used: exit code 70, its one line names it and its bundle. */
    static final class UnusableCommandException extends Exception {
        private static final long serialVersionUID = 1L;

        UnusableCommandException(String message) {
            super(message);
        }
    }

    private final List<CommandEntry> all = new ArrayList<>();
    private final List<String> problems;

    /**
     * @param builtIns the commands of this bundle, in the order the usage lists them
     * @param registry the extension registry for contributions, or null (none)
     */
    Commands(List<LdnwbCommand> builtIns, IExtensionRegistry registry) {
        Set<String> taken = new LinkedHashSet<>();
        for (LdnwbCommand c : builtIns) {
            all.add(new CommandEntry.BuiltIn(c));
            taken.add(c.name());
        }
        CommandContributions contributions = CommandContributions.read(registry, taken);
        all.addAll(contributions.commands());
        problems = contributions.problems();
    }

    List<CommandEntry> all() {
        return all;
    }

    /** @return the declarations left out, one line each */
    List<String> problems() {
        return problems;
    }

    /** Prints each declaration left out as one warning. */
    void reportProblems(PrintStream err) {
        for (String p : problems) {
            err.println(Names.escape("warning: " + p));
        }
    }

    /**
     * @return the command named {@code name}, loaded
     * @throws UsageException when no command has that name, listing the names
     * @throws UnusableCommandException when its contribution cannot be loaded
     */
    LdnwbCommand command(String name) throws UsageException, UnusableCommandException {
        for (CommandEntry e : all) {
            if (e.name().equals(name)) {
                LdnwbCommand c = e.command();
                if (c == null) {
                    throw new UnusableCommandException(e.problem());
                }
                return c;
            }
        }
        List<String> names = new ArrayList<>();
        all.forEach(e -> names.add(e.name()));
        throw new UsageException("unknown command " + Names.quote(name) + " (commands: " + String.join(", ", names)
                + ")");
    }

    /** Prints the usage of one command. */
    int usageOf(String name, CommandContext context) throws UsageException, UnusableCommandException {
        context.out().print(Usage.of(command(name)));
        return 0;
    }
}
