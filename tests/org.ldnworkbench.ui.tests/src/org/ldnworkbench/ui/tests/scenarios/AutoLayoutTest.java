package org.ldnworkbench.ui.tests.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Canvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.internal.editor.diagram.NodeBox;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * Automatic layout (the diagram's command, as its toolbar button and Ctrl+L run it) on the default pipeline, whose
 * file has no layout: afterwards every node has a layout entry in the pipeline, the diagram draws each box there,
 * and no two boxes overlap.
 */
@ExtendWith(ScreenshotOnFailure.class)
class AutoLayoutTest {
    private static final String PROJECT = "auto-layout";
    private static final String LAYOUT = "org.ldnworkbench.ui.diagram.layout";

    @AfterEach
    void cleanUp() {
        Workbenches.closeAllEditors();
        Workbenches.deleteProject(PROJECT);
    }

    @Test
    void everyNodeGetsALayoutEntryAndNoTwoBoxesOverlap() {
        IFile file = Workbenches.file(Workbenches.project(PROJECT), "trial.ldnpipe",
                PipelineEditors.template(PipelineEditors.DEFAULT_TEMPLATE));
        PipelineEditor editor = PipelineEditors.open(file);
        PipelineDocument document = PipelineEditors.document(editor);
        Canvas canvas = PipelineEditors.canvas(editor);
        PipelineEditors.awaitScene(canvas);
        assertTrue(document.pipeline().layout().isEmpty(), "the template already has a layout");

        Workbenches.execute(LAYOUT);

        UiWait.until("a layout entry for every node", () -> document.pipeline().layout().size() == 5);
        Set<String> ids = document.pipeline().nodes().stream().map(Node::id).collect(Collectors.toSet());
        assertEquals(ids, document.pipeline().layout().keySet(), "layout entries for other nodes than the pipeline's");
        List<NodeBox> boxes = new ArrayList<>(PipelineEditors.scene(canvas).boxes());
        for (NodeBox box : boxes) {
            double[] entry = document.pipeline().layout().get(box.id());
            assertArrayEquals(entry, new double[] {box.x(), box.y()}, 0.5,
                    "the diagram draws " + box.id() + " elsewhere than its layout entry");
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(overlap(boxes.get(i), boxes.get(j)), boxes.get(i).id() + " " + describe(boxes.get(i))
                        + " overlaps " + boxes.get(j).id() + " " + describe(boxes.get(j)));
            }
        }
        assertTrue(editor.isDirty(), "the layout is not an edit of the pipeline");
    }

    private static boolean overlap(NodeBox a, NodeBox b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    private static String describe(NodeBox b) {
        return Map.of("x", b.x(), "y", b.y(), "w", b.width(), "h", b.height()).toString();
    }
}
