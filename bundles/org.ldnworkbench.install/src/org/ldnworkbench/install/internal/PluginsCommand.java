package org.ldnworkbench.install.internal;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.cli.command.AbstractCommand;
import org.ldnworkbench.cli.command.CommandArguments;
import org.ldnworkbench.cli.command.CommandContext;
import org.ldnworkbench.cli.command.UsageException;
import org.ldnworkbench.core.pipeline.Names;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code ldnwb plugins}: the installed third-party features ({@link InstalledPlugins}), each as a block: id and
 * version on the first line, then name, provider and the mechanisms it contributes, indented. Our own features are
 * not listed.
 */
public final class PluginsCommand extends AbstractCommand {
    /** Creates the command. */
    public PluginsCommand() {
        super("plugins", Messages.Command_pluginsSummary, "", List.of());
    }

    @Override
    public int execute(CommandArguments arguments, CommandContext context) throws Exception {
        if (!arguments.positional().isEmpty()) {
            throw new UsageException(NLS.bind(Messages.Command_pluginsNoOperands,
                    Names.quote(String.join(" ", arguments.positional()))));
        }
        context.doing("listing the installed plugins");
        RunningInstallation installation = RunningInstallation.find();
        List<InstalledPlugin> plugins = new InstalledPlugins(installation.profile())
                .describe(RegistryFactory.getRegistry(), PluginsCommand::resolved, installArea());
        print(plugins, context.out());
        return 0;
    }

    /** @return whether the framework resolved the bundle (installed, resolved or started) */
    private static boolean resolved(InstalledPlugins.BundleRef bundle) {
        for (Bundle b : FrameworkUtil.getBundle(PluginsCommand.class).getBundleContext().getBundles()) {
            if (bundle.name().equals(b.getSymbolicName()) && bundle.version().equals(
                    b.getVersion().toString()) && (b.getState() & (Bundle.INSTALLED | Bundle.UNINSTALLED)) == 0) {
                return true;
            }
        }
        return false;
    }

    /** @return the installation folder ({@code osgi.install.area}, a file: URL, encoded or not) */
    private static Path installArea() {
        String area = System.getProperty("osgi.install.area", "");
        try {
            return Path.of(new URI(area.replace(" ", "%20")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Path.of(area.startsWith("file:") ? area.substring("file:".length()) : area);
        }
    }

    /** Prints the plugins; texts from a plugin's metadata are escaped (no control characters reach the terminal). */
    static void print(List<InstalledPlugin> plugins, PrintStream out) {
        if (plugins.isEmpty()) {
            out.println(Messages.Command_noPlugins);
            return;
        }
        for (InstalledPlugin p : plugins) {
            out.println(Names.escape(p.id()) + " " + Names.escape(p.version()));
            if (!p.name().isEmpty()) {
                out.println("  " + Messages.Command_name + " " + Names.escape(p.name()));
            }
            if (!p.provider().isEmpty()) {
                out.println("  " + Messages.Command_provider + " " + Names.escape(p.provider()));
            }
            out.println("  " + Messages.Command_mechanisms + " " + (p.mechanisms().isEmpty()
                    ? Messages.Command_noMechanisms : Names.escape(String.join(", ", p.mechanisms()))));
            if (!p.notLoaded().isEmpty()) {
                out.println("  " + Messages.Command_notLoaded + " " + Names.escape(String.join(", ", p.notLoaded())));
            }
        }
    }
}
