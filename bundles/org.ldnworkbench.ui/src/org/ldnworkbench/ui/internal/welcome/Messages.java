package org.ldnworkbench.ui.internal.welcome;

import org.eclipse.osgi.util.NLS;

/** The welcome page's strings for users (messages.properties beside this class). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.ldnworkbench.ui.internal.welcome.messages";

    public static String welcomeTab;
    public static String welcomeTooltip;
    public static String welcomeTitle;
    public static String welcomeAbout;
    public static String welcomeStartTitle;
    public static String welcomeNewPipeline;
    public static String welcomeNewPipelineHint;
    public static String welcomeNewProject;
    public static String welcomeNewProjectHint;
    public static String welcomePalette;
    public static String welcomePaletteHint;
    public static String welcomeExamplesTitle;
    public static String welcomeExamplesIntro;
    public static String welcomeNoExamples;
    public static String welcomeWizardFailed;
    public static String welcomeViewFailed;
    public static String examplesJob;
    public static String examplesComment;
    public static String examplesOpenFailed;
    public static String welcomeCompare;
    public static String welcomeCompareHint;
    public static String compareMissing;
    public static String compareRunFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
