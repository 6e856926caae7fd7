package org.ldnworkbench.ui.internal.runs;

import org.eclipse.osgi.util.NLS;

/** The strings for users of runs and their folders (messages.properties beside this class). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.ldnworkbench.ui.internal.runs.messages";

    public static String Run_job;
    public static String Run_scenarioJob;
    public static String Run_waiting;
    public static String Run_writing;
    public static String Run_invalidTitle;
    public static String Run_invalidIntro;
    public static String Run_invalidIntroOne;
    public static String Run_invalidMore;
    public static String Run_invalidProblemsView;
    public static String Run_sourceNotPipeline;
    public static String Run_noPlace;
    public static String Run_failedTitle;
    public static String Run_failedIntro;
    public static String Run_failedIntroOne;
    public static String Run_failedScenario;
    public static String Run_noNode;
    public static String Run_time;
    public static String Run_timeUnknown;
    public static String Run_partialSaved;
    public static String Run_partialNotSaved;
    public static String Run_writeFailedTitle;
    public static String Run_writeFailed;
    public static String Run_writeFailed_log;
    public static String Run_refreshFailed;
    public static String Run_viewFailed;
    public static String Run_markerMessage;
    public static String Run_markerLocation;
    public static String Run_markerLocationNode;
    public static String Run_markerFailed;
    public static String Runs_label;
    public static String Runs_labelOne;
    public static String Runs_labelPartial;
    public static String Runs_description;
    public static String Runs_listFailed;
    public static String Runs_open;
    public static String Runs_readJob;
    public static String Runs_readFailedTitle;
    public static String Runs_readFailed;
    public static String Runs_rerunFailedTitle;
    public static String Runs_rerunFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
