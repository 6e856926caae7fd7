package org.ldnworkbench.ui.internal.scan;

import org.eclipse.osgi.util.NLS;

/** The dose scan's strings for users (messages.properties beside this class). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.ldnworkbench.ui.internal.scan.messages";

    public static String Input_problem;
    public static String Input_from;
    public static String Input_to;
    public static String Input_points;
    public static String Input_notAbove;
    public static String Input_logNeedsPositive;
    public static String Input_pointsRange;
    public static String Input_tooManyRuns;
    public static String Label_parameter;
    public static String Label_hoursPerDay;
    public static String Label_against;
    public static String Label_scanned;
    public static String Job_name;
    public static String Job_chunk;
    public static String Job_chunkFailed;
    public static String Job_writing;
    public static String Job_writeFailed;
    public static String Job_failed;
    public static String Handler_title;
    public static String Handler_notInWorkspace;
    public static String Handler_sourceNotApplied;
    public static String Handler_cannotRun;
    public static String Failure_title;
    public static String Failure_text;
    public static String Failure_where;
    public static String Failure_beforeRun;
    public static String Wizard_title;
    public static String Wizard_parameterTitle;
    public static String Wizard_parameterDescription;
    public static String Wizard_parameter;
    public static String Wizard_parameterInfo;
    public static String Wizard_spacing;
    public static String Wizard_linear;
    public static String Wizard_log;
    public static String Wizard_noParameter;
    public static String Wizard_preview;
    public static String Wizard_cannotRun;
    public static String Wizard_metricsTitle;
    public static String Wizard_metricsDescription;
    public static String Wizard_metrics;
    public static String Wizard_metricColumn;
    public static String Wizard_unitColumn;
    public static String Wizard_nameColumn;
    public static String Wizard_scenarios;
    public static String Wizard_noScenarios;
    public static String Wizard_scenarioColumn;
    public static String Wizard_idColumn;
    public static String Wizard_scenarioSetsParameter;
    public static String Wizard_noMetric;
    public static String Wizard_noScenario;
    public static String View_empty;
    public static String View_export;
    public static String View_exportTooltip;
    public static String View_log;
    public static String View_linear;
    public static String View_summary;
    public static String View_scenario;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
