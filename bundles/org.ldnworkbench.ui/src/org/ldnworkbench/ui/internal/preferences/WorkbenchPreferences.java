package org.ldnworkbench.ui.internal.preferences;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.ldnworkbench.core.pipeline.Integrator;
import org.ldnworkbench.core.pipeline.SimulationSettings;

/**
 * The workbench's preferences (Window > Preferences > LDN Workbench), read where they are used. Each getter returns
 * the user's value, or the default when none is set or the stored value is not valid (a preference file edited by
 * hand must not break a run). Keys are stable: they are stored in the workspace's preference files.
 */
public final class WorkbenchPreferences {
    /** The preference node (the ui bundle's symbolic name). */
    public static final String NODE = "org.ldnworkbench.ui";

    /** Integrator of new pipelines: one of {@code org.ldnworkbench.core.pipeline.Integrator}'s file names. */
    public static final String INTEGRATOR = "newPipeline.integrator";
    /** Relative tolerance of new pipelines. */
    public static final String RTOL = "newPipeline.rtol";
    /** Absolute tolerance of new pipelines. */
    public static final String ATOL = "newPipeline.atol";
    /** Output step (h) of new pipelines. */
    public static final String OUTPUT_STEP = "newPipeline.outputStep";
    /** Project-relative folder under which runs are kept, one sub-folder per pipeline. */
    public static final String RESULTS_FOLDER = "runs.resultsFolder";
    /** Chart time axis: {@code auto} (days when a run spans more than three days), {@code hours} or {@code days}. */
    public static final String CHART_TIME_UNIT = "charts.timeUnit";
    /** Chart colours per scenario: {@code okabe-ito} (colour-blind safe) or {@code high-contrast}. */
    public static final String CHART_PALETTE = "charts.palette";
    /** Whether an open Results view re-simulates the edited pipeline after each change. */
    public static final String LIVE_RERUN = "results.liveRerun";

    public static final String DEFAULT_INTEGRATOR = "dormand-prince-853";
    public static final double DEFAULT_RTOL = 1e-8;
    public static final double DEFAULT_ATOL = 1e-10;
    public static final double DEFAULT_OUTPUT_STEP = 0.1;
    public static final String DEFAULT_RESULTS_FOLDER = "results";
    public static final String DEFAULT_CHART_TIME_UNIT = "auto";
    public static final String DEFAULT_CHART_PALETTE = "okabe-ito";
    public static final boolean DEFAULT_LIVE_RERUN = true;

    private WorkbenchPreferences() {
    }

    /** @return the instance-scope node the preference page writes */
    public static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    public static String integrator() {
        return string(INTEGRATOR, DEFAULT_INTEGRATOR);
    }

    public static double rtol() {
        return positive(RTOL, DEFAULT_RTOL);
    }

    public static double atol() {
        return positive(ATOL, DEFAULT_ATOL);
    }

    public static double outputStep() {
        return positive(OUTPUT_STEP, DEFAULT_OUTPUT_STEP);
    }

    /**
     * @return the simulation settings a new empty pipeline starts with: the integrator, tolerances and output step of
     *         these preferences, the rest (0-1344 h, RK4's fixed step) the engine's defaults
     */
    public static SimulationSettings newPipelineSettings() {
        Integrator integrator = Integrator.fromWord(integrator());
        return new SimulationSettings().integrator(integrator != null ? integrator : Integrator.DORMAND_PRINCE_853)
                .rtol(rtol()).atol(atol()).step(outputStep());
    }

    /** @return a project-relative folder path without leading or trailing separators, never empty */
    public static String resultsFolder() {
        String v = string(RESULTS_FOLDER, DEFAULT_RESULTS_FOLDER).replace('\\', '/');
        v = v.replaceAll("^/+|/+$", "");
        return v.isEmpty() || v.contains("..") ? DEFAULT_RESULTS_FOLDER : v;
    }

    public static String chartTimeUnit() {
        String v = string(CHART_TIME_UNIT, DEFAULT_CHART_TIME_UNIT);
        return v.equals("hours") || v.equals("days") ? v : DEFAULT_CHART_TIME_UNIT;
    }

    public static String chartPalette() {
        String v = string(CHART_PALETTE, DEFAULT_CHART_PALETTE);
        return v.equals("high-contrast") ? v : DEFAULT_CHART_PALETTE;
    }

    public static boolean liveRerun() {
        return Platform.getPreferencesService().getBoolean(NODE, LIVE_RERUN, DEFAULT_LIVE_RERUN, null);
    }

    private static String string(String key, String def) {
        String v = Platform.getPreferencesService().getString(NODE, key, def, null);
        return v == null || v.isBlank() ? def : v.strip();
    }

    private static double positive(String key, double def) {
        double v = Platform.getPreferencesService().getDouble(NODE, key, def, null);
        return Double.isFinite(v) && v > 0 ? v : def;
    }
}
