package org.ldnworkbench.ui.internal.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Validate (Run menu, main toolbar, Ctrl+Shift+V): runs the engine's checks on the active pipeline editor's pipeline
 * and shows the Problems view. Active only while a pipeline editor is (plugin.xml).
 */
public final class ValidateHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof PipelineEditor editor) {
            editor.validateNow();
            IWorkbenchPage page = editor.getSite().getPage();
            try {
                page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
            }
        }
        return null;
    }
}
