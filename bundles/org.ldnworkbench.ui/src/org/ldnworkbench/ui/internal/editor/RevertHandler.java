package org.ldnworkbench.ui.internal.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Revert ({@code org.eclipse.ui.file.revert}) for the pipeline editor: reloads the file from disk,
 * dropping unsaved changes and their undo history. Enabled while the active pipeline editor has unsaved changes.
 */
public final class RevertHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof PipelineEditor editor) {
            editor.revert();
        }
        return null;
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        Object editor = HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_EDITOR_NAME);
        setBaseEnabled(editor instanceof PipelineEditor p && p.isDirty());
    }
}
