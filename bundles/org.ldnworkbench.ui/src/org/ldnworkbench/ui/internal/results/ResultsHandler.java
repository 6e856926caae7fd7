package org.ldnworkbench.ui.internal.results;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.ldnworkbench.ui.internal.UiIds;

/**
 * The handler of the Results view's chart commands (time unit, log axis, zooms, export), declared in plugin.xml for
 * the whole window so that the view's tool bar works while the editor beside it is active (a user edits, then zooms
 * the charts without clicking into the view first). It acts on the Results view of the active page.
 */
public final class ResultsHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page != null && page.findView(UiIds.RESULTS_VIEW) instanceof ResultsView view) {
            view.perform(event.getCommand().getId());
        }
        return null;
    }
}
