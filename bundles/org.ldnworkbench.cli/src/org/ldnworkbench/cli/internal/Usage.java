package org.ldnworkbench.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.ldnworkbench.cli.command.CommandOption;
import org.ldnworkbench.cli.command.LdnwbCommand;
import org.ldnworkbench.core.pipeline.Names;

/**
 * The usage texts, generated from the commands' declarations ({@link LdnwbCommand#options()} and friends), so that
 * what {@code --help} shows and what the parser accepts are one list. Texts from a contribution are escaped.
 */
final class Usage {
    /** Width the synopses are wrapped to. */
    static final int WIDTH = 100;
    /** The two options every command has, handled before the command sees its arguments. */
    static final List<String[]> COMMON = List.of(new String[] { "--debug", "print the stack trace of an error" },
            new String[] { "--help", "show the usage of the command" });

    private Usage() {
    }

    /** {@code ldnwb --help}: one synopsis and summary per command; a contribution's class is not loaded for it. */
    static String overview(List<CommandEntry> commands) {
        StringBuilder b = new StringBuilder();
        b.append("usage: ldnwb                    open the workbench window (needs a display)\n");
        b.append("       ldnwb COMMAND [ARGUMENTS] [--debug] [--help]\n\ncommands:\n");
        for (CommandEntry e : commands) {
            if (e instanceof CommandEntry.BuiltIn) {
                b.append(synopsis("  ", e.command()));
                b.append("      ").append(Names.escape(e.summary())).append('\n');
            } else {
                String name = Names.escape(e.name());
                b.append("  ldnwb ").append(name).append(" ...   (from ").append(Names.escape(e.provider()))
                        .append("; ldnwb ").append(name).append(" --help shows its options)\n");
                b.append("      ").append(Names.escape(e.summary())).append('\n');
            }
        }
        b.append("\nevery command: ");
        for (String[] o : COMMON) {
            b.append(o[0]).append(' ').append(o[1]).append(o == COMMON.get(COMMON.size() - 1) ? "\n" : "; ");
        }
        return b.toString();
    }

    /** {@code ldnwb NAME --help}: synopsis, summary, and one line per option. */
    static String of(LdnwbCommand c) {
        StringBuilder b = new StringBuilder(synopsis("usage: ", c));
        b.append('\n').append(Names.escape(c.summary())).append("\n\noptions:\n");
        List<String[]> rows = new ArrayList<>();
        for (CommandOption o : c.options()) {
            rows.add(new String[] { o.typed(), o.description() + (o.repeatable() ? " (repeatable)" : "")
                    + requirement(o, c.options()) });
        }
        rows.addAll(COMMON);
        int width = 0;
        for (String[] r : rows) {
            width = Math.max(width, r[0].length());
        }
        for (String[] r : rows) {
            b.append("  ").append(Names.escape(r[0])).append(" ".repeat(width - r[0].length() + 3))
                    .append(Names.escape(r[1])).append('\n');
        }
        return b.toString();
    }

    /**
     * @return {@code ldnwb NAME OPERANDS [--option VALUE]...} after {@code prefix}, wrapped to {@value #WIDTH}
     *         columns with continued lines indented under the first option, ending in a line break
     */
    static String synopsis(String prefix, LdnwbCommand c) {
        String head = prefix + "ldnwb " + Names.escape(c.name())
                + (c.operands().isEmpty() ? "" : " " + Names.escape(c.operands()));
        String indent = " ".repeat(Math.min(prefix.length() + 6 + c.name().length() + 1, WIDTH / 2));
        StringBuilder b = new StringBuilder();
        StringBuilder line = new StringBuilder(head);
        for (String synopsisPart : parts(c.options())) {
            String part = Names.escape(synopsisPart);
            if (line.length() + 1 + part.length() > WIDTH && line.length() > indent.length()) {
                b.append(line).append('\n');
                line = new StringBuilder(indent);
            } else {
                line.append(' ');
            }
            line.append(part);
        }
        return b.append(line).append('\n').toString();
    }

    /** @return {@code " (required)"}, {@code " (this or --range)"} for an option of a choice, or empty */
    private static String requirement(CommandOption o, List<CommandOption> all) {
        if (o.choice().isEmpty()) {
            return o.required() ? " (required)" : "";
        }
        List<String> others = new ArrayList<>();
        for (CommandOption other : all) {
            if (other != o && other.choice().equals(o.choice())) {
                others.add(other.name());
            }
        }
        return " (this or " + String.join(" or ", others) + ")";
    }

    /** The options as in a synopsis, the consecutive options of one choice as one part: {@code (--a X | --b Y)}. */
    private static List<String> parts(List<CommandOption> options) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            CommandOption o = options.get(i);
            if (o.choice().isEmpty()) {
                parts.add(o.synopsis());
                continue;
            }
            List<String> alternatives = new ArrayList<>();
            for (; i < options.size() && options.get(i).choice().equals(o.choice()); i++) {
                alternatives.add(options.get(i).typed());
            }
            i--;
            parts.add("(" + String.join(" | ", alternatives) + ")");
        }
        return parts;
    }
}
