package org.ldnworkbench.ui.internal.editor.model;

import java.util.function.Consumer;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.ldnworkbench.core.pipeline.Pipeline;

/**
 * One undoable change of a {@link PipelineDocument}: the pipeline before and after, as copies. Snapshots rather than
 * inverse operations, so that every kind of edit (a wire, a rename that rewrites wires and scenarios, a pasted
 * source text) undoes exactly, whatever it touched.
 */
final class PipelineEdit extends AbstractOperation {
    private final PipelineDocument document;
    private final Consumer<Pipeline> change;
    private Pipeline before;
    private Pipeline after;

    PipelineEdit(PipelineDocument document, String label, Consumer<Pipeline> change) {
        super(label);
        this.document = document;
        this.change = change;
        addContext(document.undoContext());
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        Pipeline current = document.pipeline();
        Pipeline next = current.copy();
        change.accept(next);
        before = current.copy();
        after = next.copy();
        document.set(next);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        document.set(before.copy());
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        document.set(after.copy());
        return Status.OK_STATUS;
    }
}
