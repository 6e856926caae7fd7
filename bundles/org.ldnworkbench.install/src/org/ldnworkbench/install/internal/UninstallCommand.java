package org.ldnworkbench.install.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.cli.command.AbstractCommand;
import org.ldnworkbench.cli.command.CommandArguments;
import org.ldnworkbench.cli.command.CommandContext;
import org.ldnworkbench.cli.command.UsageException;

/**
 * {@code ldnwb uninstall FEATURE...}: removes installed third-party features ({@link PluginUninstaller}); their
 * mechanisms are gone from the next command on.
 */
public final class UninstallCommand extends AbstractCommand {
    /** Creates the command. */
    public UninstallCommand() {
        super("uninstall", Messages.Command_uninstallSummary, "FEATURE[/VERSION]...", List.of());
    }

    @Override
    public int execute(CommandArguments arguments, CommandContext context) throws Exception {
        if (arguments.positional().isEmpty()) {
            throw new UsageException(Messages.Command_uninstallNeedsFeature);
        }
        List<FeatureRequest> requests = new ArrayList<>();
        for (String typed : arguments.positional()) {
            requests.add(FeatureRequest.parse(typed));
        }
        context.doing("uninstalling " + String.join(", ", arguments.positional()));
        RunningInstallation installation = RunningInstallation.find();
        ProgressLine progress = ProgressLine.onStderr(context.err());
        List<IInstallableUnit> removed;
        try {
            removed = new PluginUninstaller(installation, progress::phase).uninstall(requests, progress);
        } finally {
            progress.done();
        }
        for (IInstallableUnit unit : removed) {
            context.out().println(NLS.bind(Messages.Command_uninstalled, InstallCommand.describe(unit)));
        }
        context.out().println(Messages.Command_nextCommand);
        return 0;
    }
}
