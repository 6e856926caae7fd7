package org.ldnworkbench.ui.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.operations.DefaultOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;

class PipelineDocumentTest {
    private final IOperationHistory history = new DefaultOperationHistory();

    private static Pipeline twoNodes() {
        return new Pipeline().name("t").add(new Node("dosing", "org.ldnworkbench.pk.oralDosing"))
                .add(new Node("pk", "org.ldnworkbench.pk.naltrexone"));
    }

    @Test
    void anEditIsUndoneAndRedoneAndCleanAgainAfterUndo() throws Exception {
        PipelineDocument doc = new PipelineDocument(history, twoNodes());
        String saved = doc.text();
        doc.edit("Connect", p -> p.connect("dosing.dose", "pk.dose"));
        assertEquals(1, doc.pipeline().connections().size());
        assertTrue(doc.isDirty());
        history.undo(doc.undoContext(), null, null);
        assertEquals(0, doc.pipeline().connections().size());
        assertFalse(doc.isDirty(), "undoing back to the saved text is clean");
        assertEquals(saved, doc.text());
        history.redo(doc.undoContext(), null, null);
        assertEquals(1, doc.pipeline().connections().size());
    }

    @Test
    void aLaterEditDoesNotChangeWhatAnEarlierUndoRestores() throws Exception {
        PipelineDocument doc = new PipelineDocument(history, twoNodes());
        doc.edit("Set amount", p -> p.node("dosing").parameter("amount", 4.5));
        doc.edit("Set amount", p -> p.node("dosing").parameter("amount", 50));
        history.undo(doc.undoContext(), null, null);
        assertEquals(4.5, doc.pipeline().node("dosing").parameters().get("amount"));
        history.undo(doc.undoContext(), null, null);
        assertFalse(doc.pipeline().node("dosing").parameters().containsKey("amount"));
        history.redo(doc.undoContext(), null, null);
        history.redo(doc.undoContext(), null, null);
        assertEquals(50.0, doc.pipeline().node("dosing").parameters().get("amount"));
    }

    @Test
    void aRefusedChangeLeavesThePipelineAndTheHistoryAlone() {
        PipelineDocument doc = new PipelineDocument(history, twoNodes());
        String before = doc.text();
        List<PipelineDocument> told = new ArrayList<>();
        doc.addListener(told::add);
        var status = doc.edit("Break", p -> {
            p.connect("dosing.dose", "pk.dose");
            throw new IllegalArgumentException("refused");
        });
        assertFalse(status.isOK());
        assertEquals(before, doc.text());
        assertTrue(told.isEmpty());
        assertFalse(history.canUndo(doc.undoContext()));
    }

    @Test
    void markSavedMakesTheCurrentTextClean() {
        PipelineDocument doc = new PipelineDocument(history, twoNodes());
        doc.edit("Connect", p -> p.connect("dosing.dose", "pk.dose"));
        doc.markSaved();
        assertFalse(doc.isDirty());
    }
}
