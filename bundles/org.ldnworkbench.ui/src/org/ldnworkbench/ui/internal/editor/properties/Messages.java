package org.ldnworkbench.ui.internal.editor.properties;

import org.eclipse.osgi.util.NLS;

/** The Properties view's words for a selected node. */
final class Messages extends NLS {
    public static String Category_node;
    public static String Category_parameters;
    public static String Node_id;
    public static String Node_mechanism;
    public static String Node_preset;
    public static String Node_notInstalled;
    public static String Node_defaultPreset;
    public static String Node_noPreset;
    public static String Origin_node;
    public static String Origin_preset;
    public static String Origin_default;
    public static String Parameter_value;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
