package org.ldnworkbench.ui.tests.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * A node from the Mechanism Palette: the user selects "naltrexone PK" in the palette's tree and presses Enter; the
 * open pipeline gains one node of that mechanism, named after it ({@code naltrexone}), as one undoable edit, and
 * the diagram shows it.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PaletteAddNodeTest {
    private static final String PROJECT = "palette-add";
    private static final String PK = "org.ldnworkbench.pk.naltrexone";

    @AfterEach
    void cleanUp() {
        Workbenches.closeAllEditors();
        Workbenches.deleteProject(PROJECT);
    }

    @Test
    void enterOnAMechanismAddsANodeOfItToTheOpenPipeline() {
        IFile file = Workbenches.file(Workbenches.project(PROJECT), "trial.ldnpipe",
                PipelineEditors.template(PipelineEditors.DEFAULT_TEMPLATE));
        PipelineEditor editor = PipelineEditors.open(file);
        PipelineDocument document = PipelineEditors.document(editor);
        int before = document.pipeline().nodes().size();

        Palette.addWithEnter(PK);

        UiWait.until("a node added by Enter in the palette", () -> document.pipeline().nodes().size() == before + 1);
        Node added = document.pipeline().node("naltrexone");
        assertNotNull(added, "the added node is not named 'naltrexone': " + document.pipeline().nodes().stream()
                .map(Node::id).toList());
        assertEquals(PK, added.mechanism());
        assertTrue(editor.isDirty(), "the editor is not dirty after a node was added");
        assertNotNull(PipelineEditors.scene(PipelineEditors.canvas(editor)).box("naltrexone"),
                "the diagram does not show the added node");
    }
}
