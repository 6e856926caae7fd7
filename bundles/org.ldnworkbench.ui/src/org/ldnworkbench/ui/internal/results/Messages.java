package org.ldnworkbench.ui.internal.results;

import org.eclipse.osgi.util.NLS;

/** The Results view's strings for users (messages.properties beside this class). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.ldnworkbench.ui.internal.results.messages";

    public static String partialMark;
    public static String partialNoReason;
    public static String partialAtNode;
    public static String partialLegend;
    public static String partialLegendNoTime;
    public static String columnScenario;
    public static String columnMetric;
    public static String columnValue;
    public static String columnReference;
    public static String columnDifference;
    public static String columnRelative;
    public static String metricsTab;
    public static String differencesTab;
    public static String referenceLabel;
    public static String referenceTooltip;
    public static String noRun;
    public static String noOutputChecked;
    public static String compareJob;
    public static String compareUnreadable;
    public static String compareFolderFailed;
    public static String runsOfPipeline;
    public static String runsOfPipelines;
    public static String runsWithFaded;
    public static String liveRun;
    public static String runsSweepOther;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
