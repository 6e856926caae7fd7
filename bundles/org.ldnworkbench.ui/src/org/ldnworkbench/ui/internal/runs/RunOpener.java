package org.ldnworkbench.ui.internal.runs;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.ldnworkbench.ui.internal.UiIds;

/**
 * Reopens a run folder in the Results view: reads it in a job (a run is megabytes of text), then shows it alone or
 * adds it to what is shown (a comparison). A broken folder gets a dialog naming the file and line.
 */
public final class RunOpener {
    private RunOpener() {
    }

    /**
     * @param page the page whose Results view shows the run
     * @param folder the run folder
     * @param add whether to add the run to the shown ones instead of showing it alone
     * @return the job reading the folder
     */
    public static Job open(IWorkbenchPage page, Path folder, boolean add) {
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        Job job = Job.create(NLS.bind(Messages.Runs_readJob, folder.getFileName()), monitor -> {
            try {
                RunData run = RunFolders.read(folder);
                display.asyncExec(() -> show(page, run, add));
            } catch (IOException | RuntimeException e) {
                display.asyncExec(() -> MessageDialog.openError(page.getWorkbenchWindow().getShell(),
                        Messages.Runs_readFailedTitle, NLS.bind(Messages.Runs_readFailed, folder, e.getMessage())));
            }
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
        return job;
    }

    private static void show(IWorkbenchPage page, RunData run, boolean add) {
        try {
            page.showView(UiIds.RESULTS_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            org.eclipse.core.runtime.ILog.of(RunOpener.class).warn(NLS.bind(Messages.Run_viewFailed,
                    UiIds.RESULTS_VIEW, e.getMessage()));
        }
        if (add) {
            ShownRuns.getDefault().add(run);
        } else {
            ShownRuns.getDefault().show(run);
        }
    }
}
