package org.ldnworkbench.install.internal;

import java.util.Collection;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The installation {@code ldnwb} runs in, as p2 sees it: the provisioning agent of its data area ({@code p2/} beside
 * {@code configuration/}, named in config.ini by {@code eclipse.p2.data.area}) and its profile
 * ({@code eclipse.p2.profile=DefaultProfile}, p2's {@link IProfileRegistry#SELF}).
 * <p>
 * Why the running agent and not one made for the folder (as p2's director application does): the running agent is
 * the one whose engine writes this framework's bundles.info through the framework administration service, so the
 * next start of {@code ldnwb} sees exactly what the profile says. p2.core registers it as a service when it starts
 * and the data area is set; its parts (registry, planner, engine, repository managers) are declarative-services
 * components, which is why the launcher starts these commands with the full framework.
 */
public final class RunningInstallation {
    private final IProvisioningAgent agent;
    private final IProfile profile;

    private RunningInstallation(IProvisioningAgent agent, IProfile profile) {
        this.agent = agent;
        this.profile = profile;
    }

    /**
     * @return the running installation's agent and profile
     * @throws InstallException when p2 is not running here (started without declarative services, or a product
     *         without a p2 profile), saying so
     */
    public static RunningInstallation find() throws InstallException {
        BundleContext context = FrameworkUtil.getBundle(RunningInstallation.class).getBundleContext();
        IProvisioningAgent agent = currentAgent(context);
        if (agent == null) {
            throw new InstallException(NLS.bind(Messages.Installation_noAgent, dataArea()));
        }
        IProfileRegistry registry = agent.getService(IProfileRegistry.class);
        if (registry == null || agent.getService(IMetadataRepositoryManager.class) == null) {
            throw new InstallException(Messages.Installation_noServices);
        }
        IProfile profile = registry.getProfile(IProfileRegistry.SELF);
        if (profile == null) {
            throw new InstallException(NLS.bind(Messages.Installation_noProfile,
                    System.getProperty("eclipse.p2.profile", "(eclipse.p2.profile is not set)"), dataArea()));
        }
        return new RunningInstallation(agent, profile);
    }

    private static IProvisioningAgent currentAgent(BundleContext context) {
        try {
            // naming the class loads it from p2.core, which starts p2.core (lazy activation): it registers the agent
            Collection<ServiceReference<IProvisioningAgent>> refs = context.getServiceReferences(
                    IProvisioningAgent.class, "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)");
            return refs.isEmpty() ? null : context.getService(refs.iterator().next());
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String dataArea() {
        return System.getProperty("eclipse.p2.data.area", "(eclipse.p2.data.area is not set)");
    }

    /** @return the agent of this installation */
    public IProvisioningAgent agent() {
        return agent;
    }

    /** @return the profile as it was when this object was made (a snapshot: p2 profiles are immutable) */
    public IProfile profile() {
        return profile;
    }

    /** @return the profile as it is now, after an operation changed it */
    public IProfile currentProfile() {
        return agent.getService(IProfileRegistry.class).getProfile(IProfileRegistry.SELF);
    }

    /** @return a session for the p2 operations API */
    public ProvisioningSession session() {
        return new ProvisioningSession(agent);
    }

    IMetadataRepositoryManager metadataRepositories() {
        return agent.getService(IMetadataRepositoryManager.class);
    }

    IArtifactRepositoryManager artifactRepositories() {
        return agent.getService(IArtifactRepositoryManager.class);
    }
}
