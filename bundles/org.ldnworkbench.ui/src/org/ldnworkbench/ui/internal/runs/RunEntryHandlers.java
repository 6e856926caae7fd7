package org.ldnworkbench.ui.internal.runs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** The commands on runs selected in the Project Explorer (plugin.xml shows them for runs only). */
public final class RunEntryHandlers {
    private RunEntryHandlers() {
    }

    /** @return the selected runs */
    static List<RunEntry> selected(ExecutionEvent event) {
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        List<RunEntry> runs = new ArrayList<>();
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s) {
                if (o instanceof RunEntry e) {
                    runs.add(e);
                }
            }
        }
        return runs;
    }

    /** Add to Comparison: the selected runs are drawn over what the Results view shows. */
    public static final class AddToComparison extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
            for (RunEntry e : selected(event)) {
                RunOpener.open(window.getActivePage(), e.folder().getLocation().toPath(), true);
            }
            return null;
        }
    }

    /** Re-run: each selected run's pipeline, exactly as it was run, runs again into a new run folder. */
    public static final class Rerun extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
            PipelineRun last = null;
            for (RunEntry e : selected(event)) {
                try {
                    last = RunLauncher.start(RunLauncher.forRerun(e.folder()));
                } catch (IOException ex) {
                    MessageDialog.openError(window.getShell(), Messages.Runs_rerunFailedTitle,
                            NLS.bind(Messages.Runs_rerunFailed, e.folder().getFullPath(), ex.getMessage()));
                }
            }
            return last;
        }
    }
}
