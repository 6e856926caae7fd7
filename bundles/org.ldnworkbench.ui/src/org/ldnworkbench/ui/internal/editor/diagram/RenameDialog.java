package org.ldnworkbench.ui.internal.editor.diagram;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.ui.internal.editor.model.NodeIds;

/** Asks for a node's new id; an invalid or taken id is refused in the dialog with {@link NodeIds#problem}'s words. */
final class RenameDialog {
    private RenameDialog() {
    }

    /**
     * @param shell the parent
     * @param pipeline the pipeline
     * @param id the node's id
     * @return the new id, or null when cancelled
     */
    static String ask(Shell shell, Pipeline pipeline, String id) {
        InputDialog dialog = new InputDialog(shell, Messages.Rename_title, NLS.bind(Messages.Rename_message, id), id,
                text -> NodeIds.problem(pipeline, text, pipeline.node(id)));
        return dialog.open() == Window.OK ? dialog.getValue() : null;
    }
}
