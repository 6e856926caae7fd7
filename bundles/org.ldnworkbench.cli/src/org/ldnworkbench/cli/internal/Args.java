package org.ldnworkbench.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Options ({@code --name value}, repeatable) and positional arguments of one sub-command. */
final class Args {
    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();
    private final Set<String> flags;

    /**
     * @param args the arguments after the sub-command
     * @param valued options that take a value
     * @param flags options without a value
     */
    Args(List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
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
                            throw new UsageException("option " + name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else {
                    throw new UsageException("unknown option " + a);
                }
            } else {
                positional.add(a);
            }
        }
    }

    List<String> positional() {
        return positional;
    }

    boolean flag(String name) {
        return flags.contains(name) && options.containsKey(name);
    }

    String value(String name) {
        List<String> v = options.get(name);
        return v == null ? null : v.get(v.size() - 1);
    }

    List<String> values(String name) {
        return options.getOrDefault(name, List.of());
    }

    /** @return the single positional argument (a file), or a usage error naming the command */
    String file(String command) throws UsageException {
        if (positional.size() != 1) {
            throw new UsageException(command + " needs exactly one pipeline file"
                    + (positional.isEmpty() ? "" : ", got: " + String.join(" ", positional)));
        }
        return positional.get(0);
    }

    int intValue(String name, int dflt, int min) throws UsageException {
        String v = value(name);
        if (v == null) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v);
            if (i < min) {
                throw new NumberFormatException();
            }
            return i;
        } catch (NumberFormatException e) {
            throw new UsageException(name + ": expected an integer >= " + min + ", got '" + v + "'");
        }
    }
}
