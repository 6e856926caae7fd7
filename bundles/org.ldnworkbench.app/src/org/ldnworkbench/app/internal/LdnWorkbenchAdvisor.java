package org.ldnworkbench.app.internal;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/**
 * Workbench life cycle of an RCP application that shows the IDE's resource views: what the IDE's own advisor does
 * for them (adapters, shared images, the workspace root as page input, saving the workspace at exit), the
 * installed features for Help &gt; About, and the Mechanism Modeling perspective first.
 */
final class LdnWorkbenchAdvisor extends WorkbenchAdvisor {
    static final String PERSPECTIVE_ID = "org.ldnworkbench.app.perspective.modeling";
    private static final ILog LOG = ILog.of(LdnWorkbenchAdvisor.class);

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
        // the Project Explorer, Properties and Problems views find resources through these adapters
        IDE.registerAdapters();
        IdeImages.declare(configurer);
        registerInstalledFeatures();
    }

    private static void registerInstalledFeatures() {
        Location install = Platform.getInstallLocation();
        if (install == null || install.getURL() == null || !"file".equals(install.getURL().getProtocol())) {
            return;
        }
        try {
            // URIUtil reads the location's URL whether or not it is encoded (an installation path may hold spaces)
            Path root = Path.of(URIUtil.toURI(install.getURL()));
            Platform.registerBundleGroupProvider(new InstalledFeatures(root.resolve("features")));
        } catch (URISyntaxException | IllegalArgumentException e) {
            LOG.log(Status.warning("Help > About lists no features: the installation location " + install.getURL()
                    + " is not a folder path: " + e.getMessage(), e));
        }
    }

    @Override
    public boolean openWindows() {
        StartupTicker ticker = new StartupTicker(getWorkbenchConfigurer().getWorkbench().getDisplay());
        ticker.start();
        try {
            return super.openWindows();
        } finally {
            ticker.stop();
        }
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return PERSPECTIVE_ID;
    }

    /** The Project Explorer shows the page input's children: the workspace's projects. */
    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    /**
     * Saves the workspace's tree and markers after the editors are closed, so that the next start opens without a
     * refresh from disk. (Between starts, org.eclipse.core.resources snapshots the workspace on its own timer.)
     */
    @Override
    public void postShutdown() {
        try {
            ResourcesPlugin.getWorkspace().save(true, null);
        } catch (CoreException e) {
            LOG.log(Status.error("Could not save the workspace " + Platform.getInstanceLocation().getURL()
                    + " at exit: " + e.getMessage(), e));
        }
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new LdnWindowAdvisor(configurer);
    }
}
