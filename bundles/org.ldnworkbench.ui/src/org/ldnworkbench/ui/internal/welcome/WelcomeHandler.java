package org.ldnworkbench.ui.internal.welcome;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.ldnworkbench.ui.internal.window.WindowIds;

/** Help &gt; Welcome: opens the welcome page, or brings it to the front. */
public final class WelcomeHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        if (page == null) {
            throw new ExecutionException("Help > Welcome: the window has no page to open the welcome page in");
        }
        try {
            page.openEditor(new WelcomeEditorInput(), WindowIds.WELCOME_EDITOR);
        } catch (PartInitException e) {
            throw new ExecutionException("Help > Welcome: could not open the welcome page: " + e.getMessage(), e);
        }
        return null;
    }
}
