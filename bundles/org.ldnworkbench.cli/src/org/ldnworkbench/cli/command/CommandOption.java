package org.ldnworkbench.cli.command;

import java.util.regex.Pattern;

/**
 * One option of a command, declared as data: the parser accepts exactly the declared options, and the usage
 * ({@code ldnwb --help}, {@code ldnwb COMMAND --help}) is generated from the same declarations, so that the two
 * cannot disagree.
 *
 * @param name the option as typed, {@code --} and lower-case words joined by {@code -}, e.g. {@code --no-plots}
 * @param value what the value stands for in the usage, e.g. {@code DIR} or {@code node.param=value}; empty for a
 *        flag, which takes no value
 * @param description one line for the usage: what it does and its default
 * @param repeatable whether the option may be given more than once, each value kept (shown as {@code ...})
 * @param required whether the command refuses to run without it (shown without brackets)
 * @param choice empty, or the name of a choice: the options of one choice are alternatives of which the command needs
 *        exactly one, shown together as {@code (--values a,b,c | --range lo:hi:n)}
 * @since 0.1
 */
public record CommandOption(String name, String value, String description, boolean repeatable, boolean required,
        String choice) {
    private static final Pattern NAME = Pattern.compile("--[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * Checks the declaration: a command with a malformed option is a programming error of that command.
     *
     * @since 0.1
     */
    public CommandOption {
        if (name == null || !NAME.matcher(name).matches() || name.equals("--help") || name.equals("--debug")) {
            throw new IllegalArgumentException("option name " + name + " is not of the form --word[-word], or is "
                    + "--help or --debug, which every command has");
        }
        if (choice == null || !choice.isEmpty() && (repeatable || !required)) {
            throw new IllegalArgumentException("option " + name + ": the options of a choice are required and given "
                    + "once (one of them), and a choice has a name");
        }
        if (value == null || description == null || description.isBlank()) {
            throw new IllegalArgumentException("option " + name + " needs a value name (empty for a flag) and a "
                    + "description");
        }
    }

    /**
     * @return an optional option without a value, e.g. {@code --no-plots}
     * @since 0.1
     */
    public static CommandOption flag(String name, String description) {
        return new CommandOption(name, "", description, false, false, "");
    }

    /**
     * @return an optional option with a value, given at most once (the last one counts)
     * @since 0.1
     */
    public static CommandOption valued(String name, String value, String description) {
        return new CommandOption(name, value, description, false, false, "");
    }

    /**
     * @return an optional option with a value that may be given many times, each value kept in order
     * @since 0.1
     */
    public static CommandOption repeatable(String name, String value, String description) {
        return new CommandOption(name, value, description, true, false, "");
    }

    /**
     * @return an option with a value that the command needs
     * @since 0.1
     */
    public static CommandOption required(String name, String value, String description) {
        return new CommandOption(name, value, description, false, true, "");
    }

    /**
     * @param choice the name of the choice this option belongs to; declare its options one after the other
     * @return one of several alternative options with a value, of which the command needs exactly one
     * @since 0.1
     */
    public static CommandOption oneOf(String choice, String name, String value, String description) {
        return new CommandOption(name, value, description, false, true, choice);
    }

    /**
     * @return whether the option takes a value
     * @since 0.1
     */
    public boolean takesValue() {
        return !value.isEmpty();
    }

    /**
     * @return the option as in a synopsis: {@code [--out DIR]}, {@code [--set node.param=value]...}, {@code --param X}
     * @since 0.1
     */
    public String synopsis() {
        return (required ? typed() : "[" + typed() + "]") + (repeatable ? "..." : "");
    }

    /**
     * @return the option as typed, without brackets: {@code --out DIR}, {@code --no-plots}
     * @since 0.1
     */
    public String typed() {
        return takesValue() ? name + " " + value : name;
    }
}
