package org.ldnworkbench.ui.internal.palette;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.ui.internal.editor.model.NodeIds;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;

/**
 * Adds a node of a palette mechanism to the pipeline of the page's active editor, as one undoable edit of its
 * {@link PipelineDocument}. The diagram places a node that has no layout entry, so none is given here.
 */
final class AddToActiveEditor {
    /**
     * What happened, for the status line.
     *
     * @param ok whether a node was added
     * @param message what to tell the user
     */
    record Outcome(boolean ok, String message) {
    }

    private AddToActiveEditor() {
    }

    static Outcome add(IWorkbenchPage page, PaletteEntry entry) {
        if (entry.isFailed()) {
            return new Outcome(false, NLS.bind(Messages.addFailedMechanism, entry.name(), entry.failure()));
        }
        IEditorPart editor = page == null ? null : page.getActiveEditor();
        PipelineDocument document = editor == null ? null : editor.getAdapter(PipelineDocument.class);
        if (document == null) {
            return new Outcome(false, NLS.bind(Messages.addNoPipelineEditor, entry.name()));
        }
        String mechanismId = entry.mechanismId();
        String nodeId = NodeIds.free(document.pipeline(), mechanismId);
        IStatus status = document.edit(NLS.bind(Messages.addNodeLabel, nodeId),
                p -> p.add(new Node(nodeId, mechanismId)));
        if (!status.isOK()) {
            return new Outcome(false, NLS.bind(Messages.addRefused,
                    new Object[] {nodeId, editor.getTitle(), status.getMessage()}));
        }
        return new Outcome(true, NLS.bind(Messages.addDone, new Object[] {nodeId, entry.name(), editor.getTitle()}));
    }
}
