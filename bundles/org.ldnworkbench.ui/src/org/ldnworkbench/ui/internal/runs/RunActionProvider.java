package org.ldnworkbench.ui.internal.runs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.DeleteResourceAction;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonMenuConstants;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;

/**
 * Open on a run in the Project Explorer (double-click, Enter, the context menu's Open): reads the run folder and
 * shows it in the Results view ({@link RunOpener}); and the platform's Delete of the run's folder (the resources'
 * own Delete is offered only for the resources' own elements). Add to Comparison and Re-run are commands
 * (plugin.xml).
 */
public final class RunActionProvider extends CommonActionProvider {
    private OpenRun open;
    private DeleteResourceAction delete;

    @Override
    public void init(ICommonActionExtensionSite site) {
        if (site.getViewSite() instanceof ICommonViewerWorkbenchSite workbenchSite) {
            open = new OpenRun(workbenchSite.getPage());
            delete = new DeleteResourceAction(workbenchSite::getShell);
            delete.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_DELETE);
        }
    }

    @Override
    public void fillActionBars(IActionBars bars) {
        if (select()) {
            bars.setGlobalActionHandler(ICommonActionConstants.OPEN, open);
            bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        }
    }

    @Override
    public void fillContextMenu(IMenuManager menu) {
        if (select()) {
            menu.appendToGroup(ICommonMenuConstants.GROUP_OPEN, open);
            menu.appendToGroup(ICommonMenuConstants.GROUP_EDIT, delete);
        }
    }

    /** @return whether the selection holds runs only; the actions then act on them */
    private boolean select() {
        Object selection = getContext() == null ? null : getContext().getSelection();
        if (open == null || !open.select(selection)) {
            return false;
        }
        delete.selectionChanged((IStructuredSelection) selection);
        return true;
    }

    /** Opens the selected runs: the first shown alone, the others added to it. */
    static final class OpenRun extends Action {
        private final IWorkbenchPage page;
        private List<RunEntry> runs = List.of();

        OpenRun(IWorkbenchPage page) {
            super(Messages.Runs_open);
            this.page = page;
        }

        /** @return whether the selection holds runs (and nothing else), remembered for {@link #run()} */
        boolean select(Object selection) {
            List<RunEntry> chosen = new ArrayList<>();
            if (selection instanceof IStructuredSelection s) {
                for (Object o : s) {
                    if (!(o instanceof RunEntry e)) {
                        return false;
                    }
                    chosen.add(e);
                }
            }
            runs = chosen;
            return !chosen.isEmpty();
        }

        @Override
        public void run() {
            for (int i = 0; i < runs.size(); i++) {
                RunOpener.open(page, runs.get(i).folder().getLocation().toPath(), i > 0);
            }
        }
    }
}
