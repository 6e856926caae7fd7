package org.ldnworkbench.app.internal;

import java.io.IOException;
import java.net.URISyntaxException;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/**
 * Starts the LDN Workbench window on the workspace given with {@code -data} (./ldnwb passes it). The workspace is
 * locked for the life of the window: two workbenches writing one workspace's metadata would corrupt it.
 */
public final class WorkbenchApplication implements IApplication {
    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        Location workspace = Platform.getInstanceLocation();
        try {
            if (!lock(workspace)) {
                return IApplication.EXIT_OK;
            }
            int code = PlatformUI.createAndRunWorkbench(display, new LdnWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? restartCode(workspace) : IApplication.EXIT_OK;
        } finally {
            if (workspace != null && workspace.isSet()) {
                workspace.release();
            }
            display.dispose();
        }
    }

    /**
     * @return the exit code that has ./ldnwb start the window again (see {@link RestartExitCode}); a relaunch on this
     *         workspace becomes a restart and leaves no exit data behind
     */
    private static Integer restartCode(Location workspace) {
        String data = System.getProperty(RestartExitCode.EXIT_DATA_PROPERTY);
        Integer code = RestartExitCode.of(System.getProperty(RestartExitCode.EXIT_CODE_PROPERTY), data,
                workspaceUri(workspace));
        if (IApplication.EXIT_RESTART.equals(code)) {
            System.clearProperty(RestartExitCode.EXIT_DATA_PROPERTY);
        }
        return code;
    }

    /** @return the workspace as {@code IWorkbench.restart(true)} names it in its exit data, or null */
    private static String workspaceUri(Location workspace) {
        try {
            return workspace.getURL().toURI().toString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** @return whether this window may use the workspace; otherwise the user was told why not */
    private static boolean lock(Location workspace) {
        if (workspace == null || !workspace.isSet() || workspace.isReadOnly()) {
            String where = workspace == null || workspace.getURL() == null ? "-data @none"
                    : workspace.getURL().getPath();
            MessageDialog.openError(null, Messages.noWorkspaceTitle, NLS.bind(Messages.noWorkspace, where));
            return false;
        }
        try {
            if (workspace.lock()) {
                return true;
            }
            MessageDialog.openError(null, Messages.workspaceInUseTitle,
                    NLS.bind(Messages.workspaceInUse, workspace.getURL().getPath()));
        } catch (IOException e) {
            MessageDialog.openError(null, Messages.noWorkspaceTitle,
                    NLS.bind(Messages.noWorkspace, workspace.getURL().getPath() + ": " + e.getMessage()));
        }
        return false;
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
