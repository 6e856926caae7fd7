package org.ldnworkbench.ui.tests.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.core.pipeline.Connection;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.tests.support.Dialogs;
import org.ldnworkbench.ui.tests.support.Events;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Widgets;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * Renaming a node on the diagram: the user clicks the node {@code dosing}, presses F2, types {@code regimen} in the
 * Rename Node dialog and presses OK. The node's wire and every scenario value that named {@code dosing.*} now name
 * {@code regimen}, in one edit. The click on the node goes to the canvas's own mouse listeners (posted button presses
 * land at the screen's corner under Xvfb); F2 is a key stroke posted to the window system, reaching the workbench's
 * Rename binding.
 */
@ExtendWith(ScreenshotOnFailure.class)
class RenameNodeTest {
    private static final String PROJECT = "rename-node";

    @AfterEach
    void cleanUp() {
        Workbenches.closeAllEditors();
        Workbenches.deleteProject(PROJECT);
    }

    @Test
    void f2RenamesTheNodeAndItsWiresAndScenarioValuesFollow() {
        IFile file = Workbenches.file(Workbenches.project(PROJECT), "trial.ldnpipe",
                PipelineEditors.template(PipelineEditors.DEFAULT_TEMPLATE));
        PipelineEditor editor = PipelineEditors.open(file);
        PipelineDocument document = PipelineEditors.document(editor);
        Canvas canvas = PipelineEditors.canvas(editor);
        PipelineEditors.awaitScene(canvas);
        PipelineEditors.fit();
        Events.notifyClick(canvas, PipelineEditors.nodeHeader(canvas, "dosing"));

        Dialogs.Answer rename = Dialogs.answerNext("OK", dialog -> Widgets.find(dialog, Text.class,
                t -> (t.getStyle() & SWT.READ_ONLY) == 0, "the new id field").setText("regimen"),
                Duration.ofSeconds(10));
        Events.focus(canvas);
        Events.postKey(SWT.F2);
        UiWait.until("the Rename Node dialog to be answered", () -> rename.dialogTitle().isPresent());
        rename.assertAnswered();

        UiWait.until("the node to be renamed to 'regimen'", () -> document.pipeline().node("regimen") != null);
        Pipeline renamed = document.pipeline();
        assertNull(renamed.node("dosing"), "a node 'dosing' is still there");
        assertEquals("org.ldnworkbench.pk.oralDosing", renamed.node("regimen").mechanism());
        assertTrue(renamed.connections().contains(Connection.of("regimen.dose", "pk.dose")),
                "the wire did not follow the rename: " + renamed.connections());
        assertTrue(renamed.connections().stream().noneMatch(c -> c.from().node().equals("dosing")),
                "a wire still starts at 'dosing'");
        for (Scenario s : renamed.scenarios()) {
            assertEquals(List.of("regimen.amount", "regimen.firstDose"),
                    s.parameters().keySet().stream().sorted().toList(),
                    "the values of scenario " + s.id() + " did not follow the rename");
        }
        assertTrue(editor.isDirty(), "the editor is not dirty after a rename");
    }
}
