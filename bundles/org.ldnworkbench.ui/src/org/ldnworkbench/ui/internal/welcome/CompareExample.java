package org.ldnworkbench.ui.internal.welcome;

import java.util.List;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.wizards.PipelineTemplate;

/**
 * The welcome page's "Compare LDN with standard dose": the question the workbench is for, answered in one click. It
 * opens the example {@value #FILE} as the example links do, shows the Results view beside it and runs the example's
 * four scenarios (LDN 4.5 mg at night against 50 mg in the morning, under both receptor hypotheses) with the Run
 * command, whose results the view then draws overlaid with their differences.
 */
final class CompareExample {
    /** The shipped example compared. */
    static final String FILE = "ldn-vs-standard.ldnpipe";

    private CompareExample() {
    }

    /** Opens, shows and runs the example in {@code window}; says so when the example is not installed. */
    static void start(IWorkbenchWindow window, List<PipelineTemplate> examples) {
        examples.stream().filter(e -> e.fileName().equals(FILE)).findFirst().ifPresentOrElse(
                example -> ExampleProject.open(window, examples, example, editor -> run(window, editor)),
                () -> MessageDialog.openError(window.getShell(), Messages.welcomeCompare,
                        NLS.bind(Messages.compareMissing, FILE)));
    }

    private static void run(IWorkbenchWindow window, IEditorPart editor) {
        IWorkbenchPage page = window.getActivePage();
        try {
            page.showView(UiIds.RESULTS_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            ErrorDialog.openError(window.getShell(), Messages.welcomeCompare,
                    NLS.bind(Messages.welcomeViewFailed, UiIds.RESULTS_VIEW), e.getStatus());
        }
        // the Run command runs the active pipeline editor's pipeline
        page.activate(editor);
        try {
            window.getService(IHandlerService.class).executeCommand(UiIds.RUN_COMMAND, null);
        } catch (CommandException e) {
            ErrorDialog.openError(window.getShell(), Messages.welcomeCompare,
                    NLS.bind(Messages.compareRunFailed, editor.getEditorInput().getName()),
                    Status.error(e.getMessage(), e));
        }
    }
}
