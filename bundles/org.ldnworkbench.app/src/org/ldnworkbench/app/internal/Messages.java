package org.ldnworkbench.app.internal;

import org.eclipse.osgi.util.NLS;

/** The application's strings for users (messages.properties beside this class). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.ldnworkbench.app.internal.messages";

    static String windowTitle;
    static String featuresProviderName;
    static String workspaceInUseTitle;
    static String workspaceInUse;
    static String noWorkspaceTitle;
    static String noWorkspace;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
