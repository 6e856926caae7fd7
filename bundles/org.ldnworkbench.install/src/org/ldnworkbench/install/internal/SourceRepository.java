package org.ldnworkbench.install.internal;

import java.net.URI;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.osgi.util.NLS;

/**
 * The p2 repository plugins are installed from, loaded into the running agent's repository managers for one
 * command. A repository the managers did not know before is forgotten again when the command ends
 * ({@link #close}): installing from a folder does not add it to the sites the window's Install New Software offers.
 * <p>
 * The artifact part (the jars) may be missing or unreadable while the metadata is fine: that is not an error here,
 * because a plan that cannot be installed for another reason (a plugin built for another version of LDN Workbench)
 * should be refused for that reason; the engine reports missing artifacts when it fetches them.
 */
public final class SourceRepository implements AutoCloseable {
    private final RepositoryAddress address;
    private final IMetadataRepository metadata;
    private final IMetadataRepositoryManager metadataManager;
    private final IArtifactRepositoryManager artifactManager;
    private final boolean knewMetadata;
    private final boolean knewArtifacts;

    private SourceRepository(RepositoryAddress address, IMetadataRepository metadata,
            IMetadataRepositoryManager metadataManager, IArtifactRepositoryManager artifactManager,
            boolean knewMetadata, boolean knewArtifacts) {
        this.address = address;
        this.metadata = metadata;
        this.metadataManager = metadataManager;
        this.artifactManager = artifactManager;
        this.knewMetadata = knewMetadata;
        this.knewArtifacts = knewArtifacts;
    }

    /**
     * Loads the repository's metadata (and, if it can, its artifact index).
     *
     * @throws InstallException naming the address and the reason when its metadata cannot be read
     */
    public static SourceRepository load(RunningInstallation installation, RepositoryAddress address,
            IProgressMonitor monitor) throws InstallException {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Progress_loading, address), 2);
        IMetadataRepositoryManager metadataManager = installation.metadataRepositories();
        IArtifactRepositoryManager artifactManager = installation.artifactRepositories();
        URI uri = address.uri();
        boolean knewMetadata = metadataManager.contains(uri);
        boolean knewArtifacts = artifactManager.contains(uri);
        IMetadataRepository metadata;
        try {
            metadata = metadataManager.loadRepository(uri, progress.split(1));
        } catch (ProvisionException e) {
            forget(metadataManager, knewMetadata, uri);
            throw new InstallException(unreadable(address, e.getStatus()));
        }
        try {
            artifactManager.loadRepository(uri, progress.split(1));
        } catch (ProvisionException e) {
            // see the class comment: reported by the engine if the plan needs an artifact
        }
        return new SourceRepository(address, metadata, metadataManager, artifactManager, knewMetadata,
                knewArtifacts);
    }

    /**
     * @return one line: the address and why it could not be read, e.g. {@code cannot read the p2 repository
     *         'http://127.0.0.1:9/': Connection refused}
     */
    static String unreadable(RepositoryAddress address, IStatus status) {
        String reason = switch (status.getCode()) {
            case ProvisionException.REPOSITORY_NOT_FOUND -> Messages.Repository_notFound;
            case ProvisionException.REPOSITORY_FAILED_AUTHENTICATION -> Messages.Repository_authentication;
            default -> StatusText.reason(status);
        };
        return NLS.bind(Messages.Repository_unreadable, address, reason);
    }

    /** @return where the repository is */
    public RepositoryAddress address() {
        return address;
    }

    /** @return its metadata: the units it offers */
    public IMetadataRepository metadata() {
        return metadata;
    }

    @Override
    public void close() {
        forget(metadataManager, knewMetadata, address.uri());
        if (!knewArtifacts) {
            artifactManager.removeRepository(address.uri());
        }
    }

    private static void forget(IMetadataRepositoryManager manager, boolean knew, URI uri) {
        if (!knew) {
            manager.removeRepository(uri);
        }
    }
}
