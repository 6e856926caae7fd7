package org.ldnworkbench.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Workbenches;
import org.osgi.framework.FrameworkUtil;

/**
 * A pipeline file of a workspace project opens in the pipeline editor (its default editor, as a double-click in
 * the Project Explorer opens it), and what the editor saves is what it shows
 * again after closing and reopening.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PipelineEditorRoundTripTest {
    private static final String PROJECT = "round-trip";

    @AfterEach
    void cleanUp() {
        Workbenches.closeAllEditors();
        Workbenches.deleteProject(PROJECT);
    }

    @Test
    void aPipelineFileOpensInThePipelineEditorByDefault() {
        IFile file = Workbenches.file(Workbenches.project(PROJECT), "ldn-vs-standard.ldnpipe",
                template("ldn-vs-standard.ldnpipe"));

        IEditorPart editor = Workbenches.open(file);

        assertEquals(UiIds.PIPELINE_EDITOR, editor.getSite().getId());
        assertInstanceOf(PipelineEditor.class, editor,
                "the pipeline editor did not open (an error part took its place; its reason is in the workspace log)");
        assertFalse(editor.isDirty(), "the editor is dirty right after opening");
        PipelineDocument document = editor.getAdapter(PipelineDocument.class);
        assertNotNull(document, "the pipeline editor gives no PipelineDocument");
        assertEquals(5, document.pipeline().nodes().size(), "the editor shows another pipeline than the file's");
        assertNotNull(document.pipeline().node("dosing"), "the editor's pipeline has no node 'dosing'");
    }

    @Test
    void saveCloseAndReopenGiveEqualText() {
        IFile file = Workbenches.file(Workbenches.project(PROJECT), "edited.ldnpipe",
                template("ldn-vs-standard.ldnpipe"));
        String before = Workbenches.text(file);
        IEditorPart editor = Workbenches.open(file, UiIds.PIPELINE_EDITOR);
        PipelineDocument document = editor.getAdapter(PipelineDocument.class);

        IStatus edited = document.edit("Rename pipeline", pipeline -> pipeline.name("round trip"));
        assertTrue(edited.isOK(), () -> "the edit was refused: " + edited);
        UiWait.until("the editor to be dirty after an edit", editor::isDirty);
        String shown = PipelineFiles.toText(document.pipeline());
        IWorkbenchPage page = Workbenches.page();
        assertTrue(page.saveEditor(editor, false), "Save was cancelled");
        assertFalse(editor.isDirty(), "the editor is still dirty after Save");
        String saved = Workbenches.text(file);
        assertNotEquals(before, saved, "Save left the file as it was");
        assertEquals(shown, saved, "the file does not hold what the editor showed");

        assertTrue(page.closeEditor(editor, false), "the editor did not close");
        IEditorPart reopened = Workbenches.open(file, UiIds.PIPELINE_EDITOR);

        String shownAgain = PipelineFiles.toText(reopened.getAdapter(PipelineDocument.class).pipeline());
        assertEquals(saved, shownAgain, "the reopened editor shows another pipeline than the one saved");
        assertEquals("round trip", reopened.getAdapter(PipelineDocument.class).pipeline().name());
        assertFalse(reopened.isDirty(), "the reopened editor is dirty");
    }

    /** @return the text of a New Pipeline template (a shipped example, copied into org.ldnworkbench.ui) */
    private static String template(String name) {
        URL entry = FrameworkUtil.getBundle(UiIds.class).getEntry("templates/" + name);
        assertNotNull(entry, "org.ldnworkbench.ui has no templates/" + name);
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("Could not read templates/" + name + " of org.ldnworkbench.ui: " + e, e);
        }
    }
}
