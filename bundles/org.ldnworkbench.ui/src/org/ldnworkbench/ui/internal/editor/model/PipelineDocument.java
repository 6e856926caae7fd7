package org.ldnworkbench.ui.internal.editor.model;

import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.Status;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;

/**
 * The pipeline one editor shows, shared by all its pages. The pipeline changes only through {@link #edit}, which
 * runs a {@link PipelineEdit} on the workbench operation history under this document's undo context, so that every
 * change of every page is undone and redone by Edit &gt; Undo / Redo, and every page hears of it through
 * {@link Listener}.
 * <p>
 * Threading: the UI thread only. {@link #pipeline()} is the live pipeline: read it, never change it (copy it for a
 * background job).
 */
public final class PipelineDocument {
    /** Told after every change (an edit, its undo or redo, a reload). */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param document the document that changed
         */
        void documentChanged(PipelineDocument document);
    }

    private final IOperationHistory history;
    private final IUndoContext undoContext;
    private final ListenerList<Listener> listeners = new ListenerList<>();
    private Pipeline pipeline;
    /**
     * The file text of {@link #pipeline}, written when first asked and forgotten when the pipeline is replaced: each
     * change asks for it several times (the editor's Source page sync, the dirty flag, the recovery snapshot), and
     * writing a 200-node pipeline's text is not free.
     */
    private String text;
    private String savedText;

    /**
     * @param history the operation history edits run on (the workbench's, or a private one in tests)
     * @param loaded the pipeline as read from its file; it becomes the saved state
     */
    public PipelineDocument(IOperationHistory history, Pipeline loaded) {
        this.history = Objects.requireNonNull(history);
        this.undoContext = new ObjectUndoContext(this, "pipeline");
        this.pipeline = loaded.copy();
        this.savedText = text();
    }

    /** @return the current pipeline: read only */
    public Pipeline pipeline() {
        return pipeline;
    }

    /** @return the undo context of this document's edits (the editor gives it to the undo/redo action handlers) */
    public IUndoContext undoContext() {
        return undoContext;
    }

    /** @return the history edits run on */
    public IOperationHistory history() {
        return history;
    }

    /**
     * Changes the pipeline as one undoable step.
     *
     * @param label what the Edit menu shows after "Undo" (e.g. "Add node pk")
     * @param change applied to a copy of the current pipeline; if it throws, nothing changes
     * @return OK, or the error that refused the change
     */
    public IStatus edit(String label, Consumer<Pipeline> change) {
        try {
            return history.execute(new PipelineEdit(this, label, change), null, null);
        } catch (ExecutionException | RuntimeException e) {
            return Status.error(label + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the whole pipeline as one undoable step (the Source page's text, a scenario table pasted whole).
     *
     * @param label what the Edit menu shows
     * @param next the new pipeline; copied
     * @return OK, or the error that refused it
     */
    public IStatus replace(String label, Pipeline next) {
        Pipeline copy = next.copy();
        return edit(label, p -> copyInto(copy, p));
    }

    /**
     * Loads a pipeline as the saved state (Revert, reload after a change on disk): forgets this document's undo
     * history, which described another text.
     *
     * @param loaded the pipeline read from the file
     */
    public void reload(Pipeline loaded) {
        history.dispose(undoContext, true, true, false);
        savedText = PipelineFiles.toText(loaded);
        set(loaded.copy());
    }

    /** Marks the current pipeline as the saved one (after a successful save). */
    public void markSaved() {
        savedText = text();
        tellListeners();
    }

    /** @return whether the pipeline differs from what was last loaded or saved (an undo back to it is clean) */
    public boolean isDirty() {
        return !savedText.equals(text());
    }

    /** @return the file text of the current pipeline */
    public String text() {
        if (text == null) {
            text = PipelineFiles.toText(pipeline);
        }
        return text;
    }

    /** @param l told after every change */
    public void addListener(Listener l) {
        listeners.add(l);
    }

    /** @param l no longer told */
    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    /** Forgets this document's undo history (the editor closes). */
    public void dispose() {
        history.dispose(undoContext, true, true, true);
        listeners.clear();
    }

    void set(Pipeline next) {
        pipeline = next;
        text = null;
        tellListeners();
    }

    /** Each listener under SafeRunner: a page that throws is logged, the other pages still follow the change. */
    private void tellListeners() {
        listeners.forEach(l -> SafeRunner.run(() -> l.documentChanged(this)));
    }

    private static void copyInto(Pipeline from, Pipeline to) {
        to.name(from.name()).description(from.description()).simulation(from.simulation().copy());
        to.nodes().clear();
        from.nodes().forEach(n -> to.nodes().add(n.copy()));
        to.connections().clear();
        to.connections().addAll(from.connections());
        to.scenarios().clear();
        from.scenarios().forEach(s -> to.scenarios().add(s.copy()));
        to.layout().clear();
        from.layout().forEach((k, v) -> to.layout().put(k, v.clone()));
    }
}
