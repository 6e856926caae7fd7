package org.ldnworkbench.app.internal;

import org.eclipse.osgi.util.NLS;

/** The application's strings for users (messages.properties beside this class). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.ldnworkbench.app.internal.messages";

    public static String windowTitle;
    public static String featuresProviderName;
    public static String workspaceInUseTitle;
    public static String workspaceInUse;
    public static String noWorkspaceTitle;
    public static String noWorkspace;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
