package org.ldnworkbench.ui.tests.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.core.pipeline.Connection;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.tests.support.Events;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.Screenshots;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * Wiring on the diagram with the mouse: a drag from an output to a compatible free input adds that wire; a drag
 * from {@code pk.Cntx} [ng/mL] to {@code rebound.occupancy} [fraction] is refused, the canvas states the reason with
 * both units while the pointer is over the input, and releasing the button there adds nothing.
 * <p>
 * The press, moves and release go to the canvas's own mouse listeners (the diagram's mouse handling, at the points
 * where the canvas draws the ports) rather than through the window system: under Xvfb, GTK reports a posted button
 * press at the screen's corner instead of at the pointer, so a posted drag never starts on a port.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DiagramConnectTest {
    private static final String PROJECT = "diagram-connect";
    private PipelineEditor editor;
    private PipelineDocument document;
    private Canvas canvas;

    @BeforeEach
    void openUnwiredNodes() {
        Pipeline nodes = new Pipeline().name("unwired")
                .add(new Node("dosing", "org.ldnworkbench.pk.oralDosing"))
                .add(new Node("pk", "org.ldnworkbench.pk.naltrexone"))
                .add(new Node("receptor", "org.ldnworkbench.receptor.mu"))
                .add(new Node("rebound", "org.ldnworkbench.rebound.endogenous"));
        IFile file = Workbenches.file(Workbenches.project(PROJECT), "unwired.ldnpipe", PipelineFiles.toText(nodes));
        editor = PipelineEditors.open(file);
        document = PipelineEditors.document(editor);
        canvas = PipelineEditors.canvas(editor);
        PipelineEditors.awaitScene(canvas);
        PipelineEditors.fit();
    }

    @AfterEach
    void cleanUp() {
        Workbenches.closeAllEditors();
        Workbenches.deleteProject(PROJECT);
    }

    @Test
    void aDragFromAnOutputToACompatibleFreeInputAddsTheWire() {
        Events.notifyDrag(canvas, PipelineEditors.port(canvas, "dosing", "dose", true),
                PipelineEditors.port(canvas, "pk", "dose", false));

        Connection wire = Connection.of("dosing.dose", "pk.dose");
        UiWait.until("the wire dosing.dose -> pk.dose in the pipeline",
                () -> document.pipeline().connections().contains(wire));
        assertEquals(List.of(wire), document.pipeline().connections(), "the drag added other wires too");
        assertEquals(1, PipelineEditors.scene(canvas).wires().size(), "the diagram does not draw the new wire");
        assertTrue(editor.isDirty(), "the editor is not dirty after a wire was drawn");
    }

    @Test
    void aUnitMismatchIsRefusedWithBothUnitsShownAndNoWireAdded() {
        Set<Shell> shellsBefore = Set.of(canvas.getDisplay().getShells());
        Point from = PipelineEditors.port(canvas, "pk", "Cntx", true);
        Point to = PipelineEditors.port(canvas, "rebound", "occupancy", false);

        Events.notifyPress(canvas, from);
        Events.notifyMoveInSteps(canvas, from, to);
        String refusal = UiWait.forValue("the canvas to show why rebound.occupancy refuses pk.Cntx",
                () -> PipelineEditors.shownRefusal(canvas), UiWait.DEFAULT_TIMEOUT);
        Screenshots.save(canvas, "diagram-unit-mismatch-refused");
        Events.notifyRelease(canvas, to);

        assertEquals("Unit mismatch: pk.Cntx is in ng/mL but rebound.occupancy expects fraction", refusal);
        assertEquals(List.of(), document.pipeline().connections(), "the refused wire was added");
        assertEquals(shellsBefore, Set.of(canvas.getDisplay().getShells()),
                "a dialog opened on releasing over a refusing port; the refusal at the pointer is the answer");
        assertFalse(editor.isDirty(), "the editor is dirty after a refused wire");
    }
}
