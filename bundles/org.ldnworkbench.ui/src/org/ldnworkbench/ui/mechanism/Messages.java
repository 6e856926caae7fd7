package org.ldnworkbench.ui.mechanism;

import org.eclipse.osgi.util.NLS;

/** Texts for users of this package's widgets (messages.properties beside this class). */
final class Messages extends NLS {
    public static String ParameterFields_preset;
    public static String ParameterFields_assumed;
    public static String PreviewLayout_failed;

    static {
        NLS.initializeMessages("org.ldnworkbench.ui.mechanism.messages", Messages.class);
    }

    private Messages() {
    }
}
