package org.ldnworkbench.ui.internal.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Whether the Results view re-simulates the edited pipeline after every change. */
public final class LivePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
    /** The page's id in plugin.xml. */
    public static final String ID = "org.ldnworkbench.ui.preferences.live";

    public LivePreferencePage() {
        super(GRID);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(PreferenceStores.workbench());
        setDescription(Messages.liveDescription);
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(WorkbenchPreferences.LIVE_RERUN, Messages.liveRerunLabel,
                getFieldEditorParent()));
    }
}
