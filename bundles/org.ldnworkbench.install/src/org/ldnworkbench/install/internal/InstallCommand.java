package org.ldnworkbench.install.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.cli.command.AbstractCommand;
import org.ldnworkbench.cli.command.CommandArguments;
import org.ldnworkbench.cli.command.CommandContext;
import org.ldnworkbench.cli.command.UsageException;

/**
 * {@code ldnwb install REPO [FEATURE...]}: installs mechanism plugins from a p2 repository into this installation
 * ({@link PluginInstaller}); they take effect at the next command, which starts the new bundles.
 */
public final class InstallCommand extends AbstractCommand {
    /** Creates the command (cheap: {@code ldnwb install --help} makes one). */
    public InstallCommand() {
        super("install", Messages.Command_installSummary, "REPO [FEATURE[/VERSION]...]", List.of());
    }

    @Override
    public int execute(CommandArguments arguments, CommandContext context) throws Exception {
        List<String> operands = arguments.positional();
        if (operands.isEmpty()) {
            throw new UsageException(Messages.Command_installNeedsRepository);
        }
        RepositoryAddress address = RepositoryAddress.parse(operands.get(0), Path.of("").toAbsolutePath());
        List<FeatureRequest> requests = new ArrayList<>();
        for (String typed : operands.subList(1, operands.size())) {
            requests.add(FeatureRequest.parse(typed));
        }
        context.doing("installing plugins from " + address);
        RunningInstallation installation = RunningInstallation.find();
        ProgressLine progress = ProgressLine.onStderr(context.err());
        PluginInstaller.Result result;
        try {
            result = new PluginInstaller(installation, progress::phase).install(address, requests, progress);
        } finally {
            progress.done();
        }
        for (IInstallableUnit unit : result.alreadyInstalled()) {
            context.out().println(NLS.bind(Messages.Command_alreadyInstalled, describe(unit)));
        }
        for (IInstallableUnit unit : result.installed()) {
            context.out().println(NLS.bind(Messages.Command_installed, describe(unit), address));
        }
        if (!result.installed().isEmpty()) {
            context.out().println(Messages.Command_nextCommand);
        }
        return 0;
    }

    static String describe(IInstallableUnit unit) {
        return FeatureRequest.featureId(unit.getId()) + " " + unit.getVersion();
    }
}
