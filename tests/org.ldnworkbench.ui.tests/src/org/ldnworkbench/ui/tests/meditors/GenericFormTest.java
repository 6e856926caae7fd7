package org.ldnworkbench.ui.tests.meditors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.internal.editor.model.PipelineChanges;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.tests.support.Events;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.Screenshots;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * The generic parameter form, which a mechanism without a contributed editor gets: a double-click on the example's
 * pk node opens it in a window of its own. Each parameter shows its provenance (status, source, note) and where its
 * value comes from; a value typed and confirmed with Enter becomes one undoable edit of the pipeline, which the form
 * follows back on Undo; the window follows a rename of its node (and its undo) and closes when the node is removed.
 */
@ExtendWith(ScreenshotOnFailure.class)
class GenericFormTest {
    private static final String PROJECT = "generic-form";

    @AfterEach
    void cleanUp() {
        Workbenches.closeAllEditors();
        Workbenches.deleteProject(PROJECT);
    }

    @Test
    void pkFormShowsProvenanceAndEditsUndoably() throws Exception {
        PipelineEditor editor = MechanismEditors.openExample(PROJECT);
        PipelineDocument document = MechanismEditors.document(editor);
        Shell window = MechanismEditors.doubleClick(editor, "pk");
        Screenshots.save(window, "meditor-generic-pk");

        String clSource = MechanismEditors.named(window, Label.class, "generic.provenance.CL").getText();
        assertTrue(clSource.contains("Licko 1981"), "CL's provenance does not name its source: " + clSource);
        String vmNote = MechanismEditors.named(window, Label.class, "generic.provenance.F").getText();
        assertTrue(vmNote.contains("Meyer 1984"), "F's provenance does not name its source: " + vmNote);
        assertEquals("default", MechanismEditors.named(window, Label.class, "generic.from.ka").getText());

        Text ka = MechanismEditors.named(window, Text.class, "generic.value.ka");
        assertEquals("3", ka.getText(), "ka is not shown with its default 3");
        ka.setText("5");
        Events.notify(ka, SWT.DefaultSelection);
        assertEquals(5.0, document.pipeline().node("pk").parameters().get("ka"), "Enter did not set pk.ka = 5");
        assertEquals("node value", MechanismEditors.named(window, Label.class, "generic.from.ka").getText());

        document.history().undo(document.undoContext(), null, null);
        UiWait.processEvents();
        assertEquals("3", ka.getText(), "the form did not follow the undo");

        ka.setText("50");
        Events.notify(ka, SWT.DefaultSelection);
        Label message = MechanismEditors.named(window, Label.class, "generic.message");
        assertEquals("Not changed: node 'pk': 50 1/h is outside the range of ka, [0.1, 20] 1/h", message.getText());
        assertTrue(!document.pipeline().node("pk").parameters().containsKey("ka"), "a refused value was set");

        document.edit("remove pk", p -> PipelineChanges.removeNodes(p, List.of("pk")));
        UiWait.until("the window of the removed node to close", window::isDisposed);
    }

    @Test
    void theWindowFollowsARenameAndItsUndo() throws Exception {
        PipelineEditor editor = MechanismEditors.openExample(PROJECT);
        PipelineDocument document = MechanismEditors.document(editor);
        Shell window = MechanismEditors.doubleClick(editor, "pk");

        document.edit("rename pk", p -> PipelineChanges.rename(p, "pk", "plasma"));
        UiWait.processEvents();
        assertTrue(!window.isDisposed(), "the window closed when its node was renamed");
        assertTrue(window.getText().startsWith("plasma:"), "the title does not name the new id: " + window.getText());
        Text ka = MechanismEditors.named(window, Text.class, "generic.value.ka");
        ka.setText("5");
        Events.notify(ka, SWT.DefaultSelection);
        assertEquals(5.0, document.pipeline().node("plasma").parameters().get("ka"),
                "an edit after the rename did not reach the renamed node");

        document.history().undo(document.undoContext(), null, null);
        document.history().undo(document.undoContext(), null, null);
        UiWait.processEvents();
        assertTrue(!window.isDisposed(), "the window closed when the rename was undone");
        assertTrue(window.getText().startsWith("pk:"), "the title does not follow the undo back to pk: "
                + window.getText());

        document.edit("remove pk", p -> PipelineChanges.removeNodes(p, List.of("pk")));
        UiWait.until("the window of the removed node to close", window::isDisposed);
    }

    @Test
    void dosingFormShowsItsTableReadOnlyWithColumnsAndUnits() {
        PipelineEditor editor = MechanismEditors.openExample(PROJECT);
        Shell window = MechanismEditors.doubleClick(editor, "dosing");
        Table doses = MechanismEditors.named(window, Table.class, "generic.table.doses");
        assertEquals("time [h]", doses.getColumn(0).getText());
        assertEquals("amount [mg]", doses.getColumn(1).getText());
        assertEquals("4.5", MechanismEditors.named(window, Text.class, "generic.value.amount").getText());
        Workbenches.closeAllEditors();
        UiWait.until("the window to close with its pipeline editor", window::isDisposed);
    }
}
