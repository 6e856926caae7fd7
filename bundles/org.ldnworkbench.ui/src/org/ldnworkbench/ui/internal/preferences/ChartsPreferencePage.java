package org.ldnworkbench.ui.internal.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** How charts look by default: the time axis unit and the colours of the scenarios. */
public final class ChartsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
    /** The page's id in plugin.xml. */
    public static final String ID = "org.ldnworkbench.ui.preferences.charts";

    public ChartsPreferencePage() {
        super(GRID);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(PreferenceStores.workbench());
        setDescription(Messages.chartsDescription);
    }

    @Override
    protected void createFieldEditors() {
        addField(new RadioGroupFieldEditor(WorkbenchPreferences.CHART_TIME_UNIT, Messages.timeUnitLabel, 1,
                new String[][] {{Messages.timeUnitAuto, "auto"}, {Messages.timeUnitHours, "hours"},
                    {Messages.timeUnitDays, "days"}}, getFieldEditorParent(), true));
        addField(new RadioGroupFieldEditor(WorkbenchPreferences.CHART_PALETTE, Messages.paletteLabel, 1,
                new String[][] {{Messages.paletteOkabeIto, "okabe-ito"},
                    {Messages.paletteHighContrast, "high-contrast"}}, getFieldEditorParent(), true));
    }
}
