package org.ldnworkbench.ui.tests.scenarios;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.core.pipeline.Connection;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.tests.support.Events;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * Undo and redo with the keyboard: a node added from the palette and a wire drawn to it on the diagram are taken
 * back one by one with Ctrl+Z and brought back with Ctrl+Y, key strokes posted to the diagram; the dirty flag
 * follows (clean again once both are undone, dirty when redone). The wire is drawn through the canvas's own mouse
 * listeners (see DiagramConnectTest: posted button presses land at the screen's corner under Xvfb).
 */
@ExtendWith(ScreenshotOnFailure.class)
class UndoRedoTest {
    private static final String PROJECT = "undo-redo";
    private static final String NODE = "naltrexone";
    private static final Connection WIRE = Connection.of("dosing.dose", "naltrexone.dose");

    @AfterEach
    void cleanUp() {
        Workbenches.closeAllEditors();
        Workbenches.deleteProject(PROJECT);
    }

    @Test
    void ctrlZTakesBackTheWireThenTheNodeAndCtrlYBringsThemBack() {
        IFile file = Workbenches.file(Workbenches.project(PROJECT), "trial.ldnpipe",
                PipelineEditors.template(PipelineEditors.DEFAULT_TEMPLATE));
        PipelineEditor editor = PipelineEditors.open(file);
        PipelineDocument document = PipelineEditors.document(editor);
        Palette.addWithEnter("org.ldnworkbench.pk.naltrexone");
        UiWait.until("the palette's node in the pipeline", () -> document.pipeline().node(NODE) != null);
        Workbenches.page().activate(editor);
        Canvas canvas = PipelineEditors.canvas(editor);
        PipelineEditors.fit();
        Events.notifyDrag(canvas, PipelineEditors.port(canvas, "dosing", "dose", true),
                PipelineEditors.port(canvas, NODE, "dose", false));
        UiWait.until("the wire " + WIRE + " in the pipeline", () -> hasWire(document));

        Events.focus(canvas);
        Events.postKey('z', SWT.CTRL);
        UiWait.until("Ctrl+Z to take back the wire", () -> !hasWire(document));
        assertNotNull(document.pipeline().node(NODE), "one Ctrl+Z took back the node as well");
        assertTrue(editor.isDirty(), "the editor is clean with the added node still there");
        Events.postKey('z', SWT.CTRL);
        UiWait.until("the second Ctrl+Z to take back the node", () -> document.pipeline().node(NODE) == null);
        UiWait.until("the editor to be clean once every edit is undone", () -> !editor.isDirty());

        Events.postKey('y', SWT.CTRL);
        UiWait.until("Ctrl+Y to bring the node back", () -> document.pipeline().node(NODE) != null);
        assertFalse(hasWire(document), "one Ctrl+Y brought back the wire as well");
        assertTrue(editor.isDirty(), "the editor is clean after a redo");
        Events.postKey('y', SWT.CTRL);
        UiWait.until("the second Ctrl+Y to bring the wire back", () -> hasWire(document));
        assertTrue(editor.isDirty(), "the editor is clean after both redos");
    }

    private static boolean hasWire(PipelineDocument document) {
        return document.pipeline().connections().contains(WIRE);
    }
}
