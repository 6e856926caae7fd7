package org.ldnworkbench.app.internal;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.IHandlerService;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Opens the welcome page the first time a workspace is opened. The page belongs to org.ldnworkbench.ui; this
 * bundle only runs its command by id, so it loads none of that bundle's classes.
 */
final class WelcomeOnFirstStart {
    /** The welcome command of org.ldnworkbench.ui (UiIds.WELCOME_COMMAND). */
    static final String WELCOME_COMMAND = "org.ldnworkbench.ui.commands.welcome";
    /** Instance-scope preference: true once the welcome page was shown in this workspace. */
    static final String SHOWN_KEY = "welcome.shown";
    private static final ILog LOG = ILog.of(WelcomeOnFirstStart.class);

    private WelcomeOnFirstStart() {
    }

    static void show(IWorkbenchWindow window) {
        IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode("org.ldnworkbench.app");
        if (prefs.getBoolean(SHOWN_KEY, false)) {
            return;
        }
        try {
            window.getService(IHandlerService.class).executeCommand(WELCOME_COMMAND, null);
            prefs.putBoolean(SHOWN_KEY, true);
            prefs.flush();
        } catch (CommandException | BackingStoreException e) {
            LOG.log(Status.warning("Could not show the welcome page on first start (command " + WELCOME_COMMAND
                    + "): " + e.getMessage(), e));
        }
    }
}
