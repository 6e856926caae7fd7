package org.ldnworkbench.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.InvalidRegistryObjectException;
import org.ldnworkbench.core.pipeline.Names;

/**
 * Reads the commands that bundles contribute through {@value #POINT}: their declarations only, no class is loaded.
 * A declaration that cannot be used (no name, no summary, no class, a name that is not a word or that an earlier
 * command already has) is left out and described in {@link #problems()}; the others are kept.
 *
 * @param commands the usable declarations, sorted by name
 * @param problems one line for each declaration left out
 */
record CommandContributions(List<ContributedCommand> commands, List<String> problems) {
    /** The extension point, declared in this bundle's plugin.xml. */
    static final String POINT = "org.ldnworkbench.cli.commands";
    static final String CLASS = "class";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** No contributions: outside OSGi, where there is no extension registry. */
    static final CommandContributions NONE = new CommandContributions(List.of(), List.of());

    /**
     * @param registry the extension registry, or null outside OSGi
     * @param taken the built-in names, which a contribution cannot replace
     */
    static CommandContributions read(IExtensionRegistry registry, Set<String> taken) {
        if (registry == null) {
            return NONE;
        }
        TreeMap<String, ContributedCommand> byName = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (IConfigurationElement e : registry.getConfigurationElementsFor(POINT)) {
            try {
                String bundle = e.getContributor().getName();
                String problem = problem(e, taken, byName);
                if (problem != null) {
                    problems.add("command contribution of bundle " + Names.quote(bundle) + " left out: " + problem);
                } else {
                    String name = e.getAttribute("name");
                    byName.put(name, new ContributedCommand(e, name, e.getAttribute("summary").strip(), bundle));
                }
            } catch (InvalidRegistryObjectException gone) {
                // its bundle was uninstalled while we read: nothing to run, nothing to report
            }
        }
        return new CommandContributions(List.copyOf(byName.values()), List.copyOf(problems));
    }

    private static String problem(IConfigurationElement e, Set<String> taken, TreeMap<String, ?> earlier) {
        if (!"command".equals(e.getName())) {
            return "unknown element <" + Names.escape(e.getName()) + "> (expected <command>)";
        }
        String name = e.getAttribute("name");
        if (name == null || !NAME.matcher(name).matches()) {
            return "name " + (name == null ? "missing" : Names.quote(name) + " is not lower-case words joined by -");
        }
        if (taken.contains(name) || earlier.containsKey(name)) {
            return "command " + Names.quote(name) + ": the name is taken by "
                    + (taken.contains(name) ? "a built-in command" : "another contribution");
        }
        String summary = e.getAttribute("summary");
        if (summary == null || summary.isBlank()) {
            return "command " + Names.quote(name) + ": no summary";
        }
        String cls = e.getAttribute(CLASS);
        if (cls == null || cls.isBlank()) {
            return "command " + Names.quote(name) + ": no class";
        }
        return null;
    }
}
