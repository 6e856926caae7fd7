package org.ldnworkbench.ui.tests.meditors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.internal.mechanismeditors.MechanismEditorRegistry;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.Widgets;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * A contributed editor that throws while building its control (this fragment's {@link ThrowingEditor}, for the
 * dosing mechanism): double-clicking a dosing node still opens a window, with the generic form and a line above it
 * that names the mechanism, the contributing bundle and the failure; the registry reports it (error log) and does not
 * use the contribution again.
 */
@ExtendWith(ScreenshotOnFailure.class)
class MechanismEditorFailureTest {
    private static final String PROJECT = "editor-failure";

    @AfterEach
    void cleanUp() {
        Workbenches.closeAllEditors();
        Workbenches.deleteProject(PROJECT);
    }

    @Test
    void aThrowingEditorIsReportedAndTheGenericFormOpensInstead() {
        PipelineEditor editor = MechanismEditors.openExample(PROJECT);
        Shell window = MechanismEditors.doubleClick(editor, "dosing");

        Label problem = MechanismEditors.named(window, Label.class, "mechanismEditor.problem");
        assertTrue(problem.isVisible(), "the failure is not shown in the window");
        String text = problem.getText();
        assertTrue(text.contains("org.ldnworkbench.pk.oralDosing") && text.contains("org.ldnworkbench.ui.tests")
                && text.contains(ThrowingEditor.FAILURE) && text.contains("generic parameter form"),
                "the shown failure does not name mechanism, bundle and cause: " + text);
        assertEquals("4.5", MechanismEditors.named(window, Text.class, "generic.value.amount").getText(),
                "the generic form is not shown in place of the failed editor");
        assertTrue(Widgets.all(window, Label.class, l -> "half-built".equals(l.getText())).isEmpty(),
                "what the failed editor built is left in the window");
        assertTrue(MechanismEditorRegistry.getDefault().problems().stream().anyMatch(m -> m.contains(
                "org.ldnworkbench.ui.tests") && m.contains(ThrowingEditor.FAILURE)),
                "the registry did not report the failure: " + MechanismEditorRegistry.getDefault().problems());
        assertEquals(null, MechanismEditorRegistry.getDefault().contribution("org.ldnworkbench.pk.oralDosing"),
                "the failed contribution is not quarantined");
    }
}
