package org.ldnworkbench.ui.tests.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.custom.CLabel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Widgets;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * A file with a JSON syntax error (the comma after the format line left out) opens in the pipeline editor on its
 * Source page with the error's line and column stated and a problem marker at that line; a click on the Diagram
 * tab keeps the user on the Source page, and the broken text is still there, as it was, so that it can be mended.
 */
@ExtendWith(ScreenshotOnFailure.class)
class BrokenFileTest {
    private static final String PROJECT = "broken-file";

    @AfterEach
    void cleanUp() {
        Workbenches.closeAllEditors();
        Workbenches.deleteProject(PROJECT);
    }

    @Test
    void aSyntaxErrorOpensOnTheSourcePageAtItsLineAndIsNotLostOnSwitchingPages() throws CoreException {
        String text = PipelineEditors.template(PipelineEditors.DEFAULT_TEMPLATE)
                .replaceFirst("\"ldn-pipeline/1\",", "\"ldn-pipeline/1\"");
        IFile file = Workbenches.file(Workbenches.project(PROJECT), "broken.ldnpipe", text);

        PipelineEditor editor = PipelineEditors.open(file);

        UiWait.until("the editor to show its Source page", () -> "Source".equals(PipelineEditors.activePage(editor)));
        CLabel message = Widgets.find(PipelineEditors.tabs(editor), CLabel.class,
                l -> l.getText() != null && l.getText().startsWith("Line "), "the Source page's error message");
        assertTrue(message.getText().startsWith("Line 3, column 3: "),
                "the message does not place the error at the 'name' after the missing comma: " + message.getText());
        assertEquals(text, PipelineEditors.sourceText(editor).getText(), "the Source page does not show the file");
        IMarker[] markers = UiWait.forValue("a problem marker on the broken file", () -> {
            try {
                IMarker[] found = file.findMarkers(UiIds.PROBLEM_MARKER, true, IResource.DEPTH_ZERO);
                return found.length > 0 ? found : null;
            } catch (CoreException e) {
                throw new AssertionError(e);
            }
        }, UiWait.DEFAULT_TIMEOUT);
        assertEquals(3, markers[0].getAttribute(IMarker.LINE_NUMBER, -1), "the marker is not at line 3");

        PipelineEditors.showPage(editor, "Diagram");

        assertEquals("Source", PipelineEditors.activePage(editor), "the editor left the Source page with a broken text");
        assertEquals(text, PipelineEditors.sourceText(editor).getText(), "switching pages changed the broken text");
        assertEquals(text, Workbenches.text(file), "the file on disk changed");
    }
}
