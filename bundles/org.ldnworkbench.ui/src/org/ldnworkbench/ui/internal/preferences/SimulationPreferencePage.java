package org.ldnworkbench.ui.internal.preferences;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.ldnworkbench.core.pipeline.Integrator;
import org.ldnworkbench.ui.internal.preferences.PreferenceChecks.Setting;

/**
 * Simulation settings that new empty pipelines start with (the New Pipeline wizard's Empty pipeline). Existing
 * pipelines keep their own, edited on the editor's Simulation page. Tolerances and the output step are checked by the
 * engine's own rules, for the 0-1344 h span a new pipeline has.
 */
public final class SimulationPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
    /** The page's id in plugin.xml. */
    public static final String ID = "org.ldnworkbench.ui.preferences.simulation";
    private Label problem;

    public SimulationPreferencePage() {
        super(GRID);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(PreferenceStores.workbench());
        setDescription(Messages.simulationDescription);
    }

    @Override
    protected void createFieldEditors() {
        addField(new ComboFieldEditor(WorkbenchPreferences.INTEGRATOR, Messages.integratorLabel, integrators(),
                getFieldEditorParent()));
        addField(number(WorkbenchPreferences.RTOL, Messages.rtolLabel, Setting.RTOL));
        addField(number(WorkbenchPreferences.ATOL, Messages.atolLabel, Setting.ATOL));
        addField(number(WorkbenchPreferences.OUTPUT_STEP, Messages.outputStepLabel, Setting.STEP));
        problem = ProblemLabel.create(getFieldEditorParent());
    }

    @Override
    public void setErrorMessage(String message) {
        super.setErrorMessage(message);
        ProblemLabel.show(problem, message);
    }

    private CheckedTextFieldEditor number(String key, String label, Setting setting) {
        String name = label.replace("&", "").replaceAll(":$", "");
        return new CheckedTextFieldEditor(key, label, getFieldEditorParent(),
                text -> PreferenceChecks.simulationValue(name, text, setting));
    }

    /** @return label and file name of each integrator the engine has, in its order */
    private static String[][] integrators() {
        Integrator[] all = Integrator.values();
        String[][] entries = new String[all.length][];
        for (int i = 0; i < all.length; i++) {
            entries[i] = new String[] {IntegratorLabels.of(all[i]), all[i].word()};
        }
        return entries;
    }
}
