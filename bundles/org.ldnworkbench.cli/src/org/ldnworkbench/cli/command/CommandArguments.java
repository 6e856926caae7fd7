package org.ldnworkbench.cli.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ldnworkbench.cli.internal.Numbers;
import org.ldnworkbench.core.pipeline.Names;

/**
 * The options ({@code --name value} or {@code --name=value}, repeatable) and positional arguments of one command, as
 * parsed against the command's declared {@link CommandOption}s. Parsing is strict: an unknown option is refused, and
 * an option never takes the next option as its value ({@code --out --no-plots} is a missing value, not a folder
 * named {@code --no-plots}); a value starting with {@code --} is written {@code --out=--odd}.
 * <p>
 * Why not picocli or Commons CLI (both on Maven Central): with the options already declared as data
 * ({@link CommandOption}) and the usage generated from them, a library would replace only this class's hundred lines,
 * while adding a bundle to the product and its start-up, and every one of its messages would have to be translated
 * back into the ones users and tests rely on (which name the command, quote and escape what was typed, and refuse an
 * option as another option's value).
 *
 * @since 0.1
 */
public final class CommandArguments {
    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();
    private final Set<String> flags;

    /**
     * @param args the arguments after the sub-command
     * @param valued options that take a value
     * @param flags options without a value
     * @since 0.1
     */
    public CommandArguments(List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
        this.flags = flags;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a;
                String value = null;
                int eq = a.indexOf('=');
                if (eq > 0 && valued.contains(a.substring(0, eq))) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                }
                if (flags.contains(name)) {
                    options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException("option " + Names.quote(name) + " needs a value");
                        }
                        value = args.get(++i);
                        if (value.startsWith("--")) {
                            // "--out --no-plots": the value is missing, not a folder named like an option
                            throw new UsageException("option " + Names.quote(name) + " needs a value, got the option "
                                    + Names.quote(value) + " (to give a value starting with --, write "
                                    + Names.quote(name + "=VALUE") + ")");
                        }
                    }
                    options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else {
                    throw new UsageException("unknown option " + Names.quote(a));
                }
            } else {
                positional.add(a);
            }
        }
    }

    /**
     * Parses the arguments after the command's name against its declared options.
     *
     * @throws UsageException naming the unknown option, the option whose value is missing, or an option of one value
     *         given more than once
     * @since 0.1
     */
    public static CommandArguments parse(List<String> args, List<CommandOption> options) throws UsageException {
        Set<String> valued = new java.util.HashSet<>();
        Set<String> flags = new java.util.HashSet<>();
        for (CommandOption o : options) {
            (o.takesValue() ? valued : flags).add(o.name());
        }
        CommandArguments parsed = new CommandArguments(args, valued, flags);
        for (CommandOption o : options) {
            List<String> given = parsed.options.getOrDefault(o.name(), List.of());
            if (o.takesValue() && !o.repeatable() && given.size() > 1) {
                // "--out a --out b" took b without a word: which one the user meant is theirs to say
                throw new UsageException("option " + Names.quote(o.name()) + " is given " + given.size()
                        + " times (" + given.stream().map(Names::quote).collect(java.util.stream.Collectors.joining(
                                ", ")) + "); give it once");
            }
        }
        return parsed;
    }

    /**
     * @return the arguments that are not options, in order
     * @since 0.1
     */
    public List<String> positional() {
        return positional;
    }

    /**
     * @return whether the flag was given
     * @since 0.1
     */
    public boolean flag(String name) {
        return flags.contains(name) && options.containsKey(name);
    }

    /**
     * @return the option's last value, or null when it was not given
     * @since 0.1
     */
    public String value(String name) {
        List<String> v = options.get(name);
        return v == null ? null : v.get(v.size() - 1);
    }

    /**
     * @return every value of a repeatable option, in the order given; empty when it was not given
     * @since 0.1
     */
    public List<String> values(String name) {
        return options.getOrDefault(name, List.of());
    }

    /**
     * @return the single positional argument (a file), or a usage error naming the command
     * @since 0.1
     */
    public String file(String command) throws UsageException {
        if (positional.size() != 1) {
            throw new UsageException(command + " needs exactly one pipeline file"
                    + (positional.isEmpty() ? "" : ", got: " + Names.quote(String.join(" ", positional))));
        }
        return positional.get(0);
    }

    /**
     * Most a whole-number option accepts when its command names no other limit.
     *
     * @since 0.1
     */
    public static final int MAX_COUNT = 100_000;

    /**
     * @return the option's value as a whole number of plain digits from {@code min} to {@value #MAX_COUNT}, or
     *         {@code dflt} when the option is absent
     * @since 0.1
     */
    public int intValue(String name, int dflt, int min) throws UsageException {
        return intValue(name, dflt, min, MAX_COUNT);
    }

    /**
     * @return the option's value as a whole number of plain digits within [min, max], or {@code dflt}
     * @since 0.1
     */
    public int intValue(String name, int dflt, int min, int max) throws UsageException {
        String v = value(name);
        return v == null ? dflt : Numbers.parseCount(v, name, min, max);
    }
}
