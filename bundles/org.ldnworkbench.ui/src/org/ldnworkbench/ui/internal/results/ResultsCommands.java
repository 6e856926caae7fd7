package org.ldnworkbench.ui.internal.results;

/** The ids of the Results view's commands, context and menus (declared in plugin.xml, area "results"). */
public final class ResultsCommands {
    /** Toggle: time axis in days (checked) or hours. */
    public static final String TIME_IN_DAYS = "org.ldnworkbench.ui.results.timeInDays";
    /** Toggle: logarithmic value axis. */
    public static final String LOG_AXIS = "org.ldnworkbench.ui.results.logAxis";
    /** Every chart shows the last 24 h. */
    public static final String LAST_DAY = "org.ldnworkbench.ui.results.lastDay";
    /** Every chart shows the last week (or quarter). */
    public static final String STEADY_STATE = "org.ldnworkbench.ui.results.steadyState";
    /** Every chart shows the whole run. */
    public static final String RESET_ZOOM = "org.ldnworkbench.ui.results.resetZoom";
    /** Exports the selected chart (PNG, SVG, PDF or CSV). */
    public static final String EXPORT_CHART = "org.ldnworkbench.ui.results.exportChart";
    /** Shows the run folders selected in the Project Explorer overlaid. */
    public static final String COMPARE_RUNS = "org.ldnworkbench.ui.results.compareRuns";
    /** The key binding context active while the view is. */
    public static final String CONTEXT = "org.ldnworkbench.ui.results.context";
    /** The charts' context menu (plugin.xml contributes to {@code popup:} this id). */
    public static final String CHART_MENU = "org.ldnworkbench.ui.views.results.charts";
    /** The tables' context menu. */
    public static final String TABLE_MENU = "org.ldnworkbench.ui.views.results.tables";

    private ResultsCommands() {
    }
}
