package org.ldnworkbench.ui.internal.preferences;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Where runs are kept: a folder inside the pipeline's project, never outside it (no "..", no absolute path), so
 * that the Project Explorer lists the runs and a project copied elsewhere keeps them.
 */
public final class ResultsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
    /** The page's id in plugin.xml. */
    public static final String ID = "org.ldnworkbench.ui.preferences.results";
    private Label problem;

    public ResultsPreferencePage() {
        super(GRID);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(PreferenceStores.workbench());
        setDescription(Messages.resultsDescription);
    }

    @Override
    protected void createFieldEditors() {
        String name = Messages.resultsFolderLabel.replace("&", "").replaceAll(":$", "");
        addField(new CheckedTextFieldEditor(WorkbenchPreferences.RESULTS_FOLDER, Messages.resultsFolderLabel,
                getFieldEditorParent(), text -> PreferenceChecks.resultsFolder(name, text)));
        problem = ProblemLabel.create(getFieldEditorParent());
    }

    @Override
    public void setErrorMessage(String message) {
        super.setErrorMessage(message);
        ProblemLabel.show(problem, message);
    }
}
