package org.ldnworkbench.ui.internal.runs;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.markers.ProblemMarkers;

/**
 * How the workbench reports a run: a pipeline with problems gets them in the Problems view (the editor's markers)
 * and a dialog, and no run; a finished run (complete, failed or cancelled) is shown in the Results view; scenarios
 * that failed get a marker on the pipeline file and a dialog naming scenario, node, time and what happened.
 */
public final class WorkbenchRunReport implements RunReport {
    private final Display display;

    public WorkbenchRunReport(Display display) {
        this.display = display;
    }

    @Override
    public void starting(PipelineRun.Request request) {
        RunFailureMarkers.replace(request.file(), java.util.List.of());
    }

    @Override
    public void finished(PipelineRun.Request request, PipelineRun.Outcome outcome) {
        if (!outcome.problems().isEmpty()) {
            if (request.file() != null) {
                ProblemMarkers.show(request.file(), outcome.problems());
            }
            ui(() -> {
                showView(IPageLayout.ID_PROBLEM_VIEW);
                MessageDialog.openError(shell(), Messages.Run_invalidTitle,
                        RunReportTexts.problems(request.fileName(), outcome.problems()));
            });
            return;
        }
        RunFailureMarkers.replace(request.file(), outcome.failures());
        ui(() -> {
            showView(UiIds.RESULTS_VIEW);
            ShownRuns.getDefault().show(outcome.run());
            String folder = shown(request, outcome.folder());
            if (!outcome.failures().isEmpty()) {
                MessageDialog.openError(shell(), Messages.Run_failedTitle,
                        RunReportTexts.failures(request.fileName(), outcome.failures(), folder));
            } else if (outcome.writeError() != null) {
                MessageDialog.openError(shell(), Messages.Run_writeFailedTitle,
                        NLS.bind(Messages.Run_writeFailed, request.fileName(), outcome.writeError()));
            }
        });
    }

    /**
     * @return the run folder as the Project Explorer shows it ({@code /project/results/stem/start}), or its path on
     *         disk when it is outside the workspace; null for none
     */
    static String shown(PipelineRun.Request request, java.nio.file.Path folder) {
        if (folder == null) {
            return null;
        }
        org.eclipse.core.resources.IContainer container = request.refresh();
        if (container != null && container.getLocation() != null) {
            java.nio.file.Path base = container.getLocation().toPath();
            if (folder.startsWith(base)) {
                return container.getFullPath().append(base.relativize(folder).toString()).toString();
            }
        }
        return folder.toString();
    }

    private void ui(Runnable r) {
        if (!display.isDisposed()) {
            display.asyncExec(r);
        }
    }

    private static void showView(String id) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        if (window != null && window.getActivePage() != null) {
            try {
                window.getActivePage().showView(id, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                org.eclipse.core.runtime.ILog.of(WorkbenchRunReport.class)
                        .warn(NLS.bind(Messages.Run_viewFailed, id, e.getMessage()));
            }
        }
    }

    private Shell shell() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return window != null ? window.getShell() : display.getActiveShell();
    }
}
