package org.ldnworkbench.ui.internal.palette;

import org.eclipse.osgi.util.NLS;

/** The palette's strings for users (messages.properties beside this class). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.ldnworkbench.ui.internal.palette.messages";

    public static String groupOther;
    public static String groupFailed;
    public static String entryFailed;
    public static String filterHint;
    public static String filterTooltip;
    public static String detailsHint;
    public static String detailsFailed;
    public static String detailsInputs;
    public static String detailsOutputs;
    public static String detailsNone;
    public static String detailsPresets;
    public static String detailsDefaultPreset;
    public static String detailsContributor;
    public static String portContinuous;
    public static String portEvent;
    public static String addNodeLabel;
    public static String addDone;
    public static String addRefused;
    public static String addNoPipelineEditor;
    public static String addFailedMechanism;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
