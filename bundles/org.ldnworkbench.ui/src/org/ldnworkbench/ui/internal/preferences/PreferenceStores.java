package org.ldnworkbench.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** The store the preference pages edit: the instance scope of {@link WorkbenchPreferences#NODE}. */
final class PreferenceStores {
    private PreferenceStores() {
    }

    /** @return a store over the workspace's preferences of the workbench, saved when the dialog's OK is pressed */
    static IPreferenceStore workbench() {
        return new ScopedPreferenceStore(InstanceScope.INSTANCE, WorkbenchPreferences.NODE);
    }
}
