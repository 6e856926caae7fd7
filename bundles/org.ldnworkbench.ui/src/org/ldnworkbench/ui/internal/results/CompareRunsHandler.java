package org.ldnworkbench.ui.internal.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.statushandlers.StatusManager;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.runs.RunData;
import org.ldnworkbench.ui.internal.runs.RunFolders;
import org.ldnworkbench.ui.internal.runs.ShownRuns;

/**
 * Compare Runs (Project Explorer, on two or more run folders): reads the chosen runs in a job and shows them
 * overlaid in the Results view, with the differences table. A folder that cannot be read is reported with its path
 * and the reason; the others are still compared when at least two remain.
 */
public final class CompareRunsHandler extends AbstractHandler {
    private static final String BUNDLE = "org.ldnworkbench.ui";

    @Override
    public void setEnabled(Object evaluationContext) {
        Object selection = evaluationContext instanceof IEvaluationContext c
                ? c.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME) : null;
        setBaseEnabled(selection instanceof ISelection s && runFolders(s).size() >= 2);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        List<Path> folders = runFolders(HandlerUtil.getCurrentSelection(event));
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (folders.size() < 2 || window == null) {
            return null;
        }
        Job read = new Job(NLS.bind(Messages.compareJob, folders.size())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return read(folders, window, monitor);
            }
        };
        read.setUser(true);
        read.schedule();
        return null;
    }

    private static IStatus read(List<Path> folders, IWorkbenchWindow window, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, folders.size());
        List<RunData> runs = new ArrayList<>();
        MultiStatus problems = new MultiStatus(BUNDLE, 0, Messages.compareUnreadable);
        for (Path folder : folders) {
            progress.setTaskName(folder.getFileName().toString());
            try {
                runs.add(RunFolders.read(folder));
            } catch (IOException e) {
                problems.add(Status.error(NLS.bind(Messages.compareFolderFailed, folder, e.getMessage()), e));
            }
            progress.split(1);
        }
        if (!problems.isOK()) {
            StatusManager.getManager().handle(problems, StatusManager.SHOW | StatusManager.LOG);
        }
        if (runs.size() >= 2) {
            window.getShell().getDisplay().asyncExec(() -> show(window, runs));
        }
        return Status.OK_STATUS;
    }

    private static void show(IWorkbenchWindow window, List<RunData> runs) {
        if (window.getShell().isDisposed() || window.getActivePage() == null) {
            return;
        }
        ShownRuns.getDefault().showAll(runs);
        try {
            window.getActivePage().showView(UiIds.RESULTS_VIEW);
        } catch (PartInitException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
        }
    }

    /** @return the run folders of {@code selection} on disk, oldest first (run folders are named by their time) */
    static List<Path> runFolders(ISelection selection) {
        List<Path> folders = new ArrayList<>();
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s.toList()) {
                IContainer c = Adapters.adapt(o, IContainer.class);
                Path p = c == null || c.getLocation() == null ? null : c.getLocation().toFile().toPath();
                if (p != null && RunFolders.isRunFolder(p)) {
                    folders.add(p);
                }
            }
        }
        folders.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return folders;
    }
}
