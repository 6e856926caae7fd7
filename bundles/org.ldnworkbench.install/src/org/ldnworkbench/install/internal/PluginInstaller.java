package org.ldnworkbench.install.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.osgi.util.NLS;

/**
 * Installs features from a repository into the running installation with the p2 operations API, as
 * Help &gt; Install New Software does: resolve first (the planner checks every requirement against the installation
 * and the repository, nothing is touched), then perform (fetch the jars, then change the profile and write
 * bundles.info in one commit). A failure in either leaves the installation as it was: resolution changes nothing, and
 * the engine undoes the phases it ran when a later one fails.
 */
public final class PluginInstaller {
    private final RunningInstallation installation;
    private final Consumer<String> phases;

    /**
     * @param installation where to install
     * @param phases told each phase as it starts ({@code Reading REPO}, {@code Resolving ...}, {@code Installing ...})
     */
    public PluginInstaller(RunningInstallation installation, Consumer<String> phases) {
        this.installation = installation;
        this.phases = phases;
    }

    /**
     * What an installation did.
     *
     * @param installed the feature groups installed now
     * @param alreadyInstalled the ones asked for that were installed before, at that version
     */
    public record Result(List<IInstallableUnit> installed, List<IInstallableUnit> alreadyInstalled) {
    }

    /**
     * @param address the repository
     * @param requests the features to install; none: every categorized feature of the repository
     * @param monitor progress and cancellation
     * @throws InstallException naming the repository or feature and the reason; the installation is unchanged
     */
    public Result install(RepositoryAddress address, List<FeatureRequest> requests, IProgressMonitor monitor)
            throws InstallException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        phases.accept(NLS.bind(Messages.Progress_loading, address));
        try (SourceRepository source = SourceRepository.load(installation, address, progress.split(2))) {
            List<IInstallableUnit> chosen = requests.isEmpty()
                    ? FeatureSelection.categorized(source.metadata(), progress.split(1))
                    : FeatureSelection.named(source.metadata(), requests, address, progress.split(1));
            if (chosen.isEmpty()) {
                throw new InstallException(NLS.bind(Messages.Install_noCategorized, address,
                        FeatureSelection.available(source.metadata(), null)));
            }
            IProfile profile = installation.profile();
            List<IInstallableUnit> toInstall = new ArrayList<>();
            List<IInstallableUnit> already = new ArrayList<>();
            for (IInstallableUnit unit : chosen) {
                (installedVersionIs(profile, unit) ? already : toInstall).add(unit);
            }
            if (toInstall.isEmpty()) {
                return new Result(List.of(), already);
            }
            perform(source, toInstall, progress.split(7));
            return new Result(toInstall, already);
        }
    }

    /**
     * @return whether the profile has the unit at its version; throws when it has a newer one (p2 would silently
     *         ignore the implied downgrade)
     */
    private static boolean installedVersionIs(IProfile profile, IInstallableUnit unit) throws InstallException {
        for (IInstallableUnit installed : profile.query(QueryUtil.createIUQuery(unit.getId()), null)) {
            int c = installed.getVersion().compareTo(unit.getVersion());
            if (c == 0) {
                return true;
            }
            if (c > 0) {
                throw new InstallException(NLS.bind(Messages.Install_newerInstalled, new Object[] {
                        FeatureRequest.featureId(unit.getId()), unit.getVersion(), installed.getVersion() }));
            }
        }
        return false;
    }

    private void perform(SourceRepository source, List<IInstallableUnit> units, IProgressMonitor monitor)
            throws InstallException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        InstallOperation operation = new InstallOperation(installation.session(), units);
        operation.setProvisioningContext(onlyFrom(source.address().uri()));
        phases.accept(NLS.bind(Messages.Progress_resolving, names(units)));
        IStatus resolution = operation.resolveModal(progress.split(3));
        if (resolution.getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        if (resolution.getSeverity() == IStatus.ERROR) {
            throw new InstallException(NLS.bind(Messages.Install_unresolved, new Object[] { names(units),
                    source.address(), ResolutionProblems.explain(units, installation.profile(), source.metadata(),
                            resolution) }));
        }
        phases.accept(NLS.bind(Messages.Progress_installing, names(units)));
        ProvisioningJob job = operation.getProvisioningJob(null);
        IStatus result = job.runModal(progress.split(7));
        if (result.getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        if (result.getSeverity() == IStatus.ERROR) {
            throw new InstallException(NLS.bind(Messages.Install_failed, new Object[] { names(units),
                    source.address(), StatusText.withReason(result) }));
        }
    }

    /**
     * @return a context that reads units and jars from the one repository only: not from every site the
     *         installation knows (the window's update sites), which could be slow, unreachable, or offer other
     *         versions
     */
    private ProvisioningContext onlyFrom(URI uri) {
        ProvisioningContext context = new ProvisioningContext(installation.agent());
        context.setMetadataRepositories(uri);
        context.setArtifactRepositories(uri);
        return context;
    }

    /** @return the features as the user reads them, {@code a 1.0.0, b 2.0.0} */
    static String names(List<IInstallableUnit> units) {
        return units.stream().map(u -> FeatureRequest.featureId(u.getId()) + " " + u.getVersion())
                .collect(Collectors.joining(", "));
    }
}
