package org.ldnworkbench.cli.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.ldnworkbench.cli.command.LdnwbCommand;
import org.ldnworkbench.core.pipeline.Names;

/**
 * A command contributed through {@code org.ldnworkbench.cli.commands}: name and summary from plugin.xml; its class is
 * loaded and instantiated on first use only, and a class that cannot be (missing, not an {@link LdnwbCommand}, a
 * throwing constructor, a name other than the declared one) makes this one command unusable with one message, once,
 * while every other command works.
 */
final class ContributedCommand implements CommandEntry {
    private final IConfigurationElement element;
    private final String name;
    private final String summary;
    private final String provider;
    private LdnwbCommand command;
    private String problem;
    private boolean loaded;

    ContributedCommand(IConfigurationElement element, String name, String summary, String provider) {
        this.element = element;
        this.name = name;
        this.summary = summary;
        this.provider = provider;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public String provider() {
        return provider;
    }

    @Override
    public LdnwbCommand command() {
        if (!loaded) {
            loaded = true;
            load();
        }
        return command;
    }

    @Override
    public String problem() {
        return problem;
    }

    /** Catches what a foreign class may throw while it loads; an error of the JVM itself is not the class's fault. */
    private void load() {
        Object made;
        try {
            made = element.createExecutableExtension(CommandContributions.CLASS);
        } catch (CoreException | RuntimeException | LinkageError e) {
            problem = unusable("its class " + Names.quote(element.getAttribute(CommandContributions.CLASS))
                    + " cannot be created: " + reason(e));
            return;
        }
        if (!(made instanceof LdnwbCommand)) {
            problem = unusable("its class " + Names.quote(made.getClass().getName()) + " is not an "
                    + LdnwbCommand.class.getName());
            return;
        }
        LdnwbCommand c = (LdnwbCommand) made;
        String declared;
        try {
            declared = c.name();
        } catch (RuntimeException | LinkageError e) {
            problem = unusable("its name() failed: " + reason(e));
            return;
        }
        if (!name.equals(declared)) {
            problem = unusable("its class calls itself " + Names.quote(String.valueOf(declared))
                    + ", plugin.xml calls it " + Names.quote(name));
            return;
        }
        command = c;
    }

    private String unusable(String why) {
        return "command " + Names.quote(name) + " of bundle " + Names.quote(provider) + " cannot be used: " + why;
    }

    /** The innermost cause: createExecutableExtension wraps a missing class twice. */
    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        String s = t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.strip());
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
