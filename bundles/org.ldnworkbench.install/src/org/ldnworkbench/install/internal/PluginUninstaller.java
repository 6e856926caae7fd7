package org.ldnworkbench.install.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.pipeline.Names;

/**
 * Uninstalls third-party features from the running installation with the p2 operations API. Only features that
 * {@link InstalledPlugins} lists can be named: the product's own features are refused by name, not left to the
 * planner (which would remove them with everything that needs them).
 */
public final class PluginUninstaller {
    private final RunningInstallation installation;
    private final Consumer<String> phases;

    /**
     * @param installation where to uninstall from
     * @param phases told each phase as it starts
     */
    public PluginUninstaller(RunningInstallation installation, Consumer<String> phases) {
        this.installation = installation;
        this.phases = phases;
    }

    /**
     * @param requests the features, each by id (all its installed versions) or {@code id/version}
     * @param monitor progress and cancellation
     * @return the feature groups uninstalled
     * @throws InstallException naming the feature and the reason; the installation is unchanged
     */
    public List<IInstallableUnit> uninstall(List<FeatureRequest> requests, IProgressMonitor monitor)
            throws InstallException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        InstalledPlugins plugins = new InstalledPlugins(installation.profile());
        Set<IInstallableUnit> units = new LinkedHashSet<>();
        for (FeatureRequest request : requests) {
            List<IInstallableUnit> found = plugins.matching(request);
            if (found.isEmpty()) {
                throw new InstallException(plugins.isOurs(request)
                        ? NLS.bind(Messages.Uninstall_ours, Names.quote(request.toString()))
                        : NLS.bind(Messages.Uninstall_notInstalled, Names.quote(request.toString()),
                                installedList(plugins)));
            }
            units.addAll(found);
        }
        List<IInstallableUnit> list = new ArrayList<>(units);
        UninstallOperation operation = new UninstallOperation(installation.session(), list);
        ProvisioningContext context = new ProvisioningContext(installation.agent());
        context.setMetadataRepositories();
        context.setArtifactRepositories();
        operation.setProvisioningContext(context);
        phases.accept(NLS.bind(Messages.Progress_resolving, PluginInstaller.names(list)));
        IStatus resolution = operation.resolveModal(progress.split(3));
        check(resolution, Messages.Uninstall_unresolved, list);
        phases.accept(NLS.bind(Messages.Progress_uninstalling, PluginInstaller.names(list)));
        ProvisioningJob job = operation.getProvisioningJob(null);
        check(job.runModal(progress.split(7)), Messages.Uninstall_failed, list);
        return list;
    }

    private static void check(IStatus status, String message, List<IInstallableUnit> units)
            throws InstallException {
        if (status.getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        if (status.getSeverity() == IStatus.ERROR) {
            throw new InstallException(NLS.bind(message, PluginInstaller.names(units), StatusText.summary(status)));
        }
    }

    private static String installedList(InstalledPlugins plugins) {
        List<String> ids = plugins.features().stream()
                .map(u -> FeatureRequest.featureId(u.getId()) + " " + u.getVersion()).toList();
        return ids.isEmpty() ? Messages.Uninstall_noneInstalled : String.join(", ", ids);
    }
}
