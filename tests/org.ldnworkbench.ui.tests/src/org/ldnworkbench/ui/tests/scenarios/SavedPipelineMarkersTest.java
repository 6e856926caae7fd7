package org.ldnworkbench.ui.tests.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.internal.markers.SavedPipelineChecks;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * Pipelines that are not open in an editor have problem markers too: a file added with a mechanism that is not
 * installed is marked at once, the marker goes when the file is mended on disk (as a version-control update would),
 * and an editor's markers for unsaved changes give way to those of the saved text when the editor closes without
 * saving.
 */
@ExtendWith(ScreenshotOnFailure.class)
class SavedPipelineMarkersTest {
    private static final String PROJECT = "saved-markers";

    @AfterEach
    void cleanUp() {
        Workbenches.closeAllEditors();
        Workbenches.deleteProject(PROJECT);
    }

    @Test
    void aFileThatIsNotOpenIsMarkedAndUnmarkedWhenMendedOnDisk() throws Exception {
        String good = PipelineEditors.template(PipelineEditors.DEFAULT_TEMPLATE);
        String unknown = good.replace("\"org.ldnworkbench.receptor.mu\"", "\"receptor.notInstalled\"");
        assertTrue(!unknown.equals(good), "the template has no receptor node to break");

        IFile file = Workbenches.file(Workbenches.project(PROJECT), "closed.ldnpipe", unknown);
        SavedPipelineChecks.join();

        List<String> messages = UiWait.forValue("a marker naming the missing mechanism", () -> {
            List<String> m = messages(file);
            return m.stream().anyMatch(s -> s.contains("receptor.notInstalled")) ? m : null;
        }, UiWait.DEFAULT_TIMEOUT);
        assertTrue(messages.size() >= 1, "no marker: " + messages);

        file.setContents(new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        SavedPipelineChecks.join();

        UiWait.until("the mended file's markers to go", () -> messages(file).isEmpty());
    }

    @Test
    void closingAnEditorWithUnsavedBreakageLeavesTheMarkersOfTheSavedText() throws Exception {
        String good = PipelineEditors.template(PipelineEditors.DEFAULT_TEMPLATE);
        IFile file = Workbenches.file(Workbenches.project(PROJECT), "edited.ldnpipe", good);
        PipelineEditor editor = PipelineEditors.open(file);
        PipelineEditors.document(editor).edit("break it", p -> p.nodes().removeIf(n -> n.id().equals("dosing")));
        UiWait.until("the editor to mark its unsaved breakage", () -> !messages(file).isEmpty());

        Workbenches.page().closeEditor(editor, false);
        SavedPipelineChecks.join();

        UiWait.until("the markers of the saved (valid) text", () -> messages(file).isEmpty());
        assertEquals(good, Workbenches.text(file), "closing without saving changed the file");
    }

    private static List<String> messages(IFile file) {
        try {
            return Arrays.stream(file.findMarkers(UiIds.PROBLEM_MARKER, true, IResource.DEPTH_ZERO))
                    .map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }
}
