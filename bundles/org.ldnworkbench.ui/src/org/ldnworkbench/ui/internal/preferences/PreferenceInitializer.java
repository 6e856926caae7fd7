package org.ldnworkbench.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/**
 * Writes the defaults of {@link WorkbenchPreferences} into the default scope, so that the preference pages show them
 * and their Restore Defaults buttons restore them. The getters fall back to the same constants when nothing is
 * stored, so a preference read before this ran still gets the default.
 */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {
    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences d = DefaultScope.INSTANCE.getNode(WorkbenchPreferences.NODE);
        d.put(WorkbenchPreferences.INTEGRATOR, WorkbenchPreferences.DEFAULT_INTEGRATOR);
        d.put(WorkbenchPreferences.RTOL, decimal(WorkbenchPreferences.DEFAULT_RTOL));
        d.put(WorkbenchPreferences.ATOL, decimal(WorkbenchPreferences.DEFAULT_ATOL));
        d.put(WorkbenchPreferences.OUTPUT_STEP, decimal(WorkbenchPreferences.DEFAULT_OUTPUT_STEP));
        d.put(WorkbenchPreferences.RESULTS_FOLDER, WorkbenchPreferences.DEFAULT_RESULTS_FOLDER);
        d.put(WorkbenchPreferences.CHART_TIME_UNIT, WorkbenchPreferences.DEFAULT_CHART_TIME_UNIT);
        d.put(WorkbenchPreferences.CHART_PALETTE, WorkbenchPreferences.DEFAULT_CHART_PALETTE);
        d.putBoolean(WorkbenchPreferences.LIVE_RERUN, WorkbenchPreferences.DEFAULT_LIVE_RERUN);
    }

    /** @return the value as pipeline files write it (1e-8, not 1.0E-8), which the pages show on Restore Defaults */
    static String decimal(double v) {
        return Double.toString(v).replace(".0E", "E").replace('E', 'e');
    }
}
