package org.ldnworkbench.ui.internal.scan;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;

/**
 * Run &gt; Dose Scan... (active while a pipeline editor is, plugin.xml): opens the {@link DoseScanWizard} on the
 * editor's pipeline as it stands (unsaved edits included), starts the scan it sets up as a {@link ScanJob}, and
 * shows the scan in the Dose Scan view when it is written or a dialog naming the run that failed.
 */
public final class DoseScanHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActiveEditor(event) instanceof PipelineEditor editor)) {
            return null;
        }
        Shell shell = editor.getSite().getShell();
        IFile file = editor.workspaceFile();
        PipelineDocument document = editor.getAdapter(PipelineDocument.class);
        if (file == null || document == null) {
            MessageDialog.openInformation(shell, Messages.Handler_title,
                    file == null ? Messages.Handler_notInWorkspace : Messages.Handler_sourceNotApplied);
            return null;
        }
        PipelineCompiler compiler = new PipelineCompiler(MechanismRegistry.getDefault());
        ScanChoices choices;
        try {
            choices = ScanChoices.of(document.pipeline(), file.getName(), compiler);
        } catch (CompileException e) {
            MessageDialog.openError(shell, Messages.Handler_title, NLS.bind(Messages.Handler_cannotRun,
                    file.getName(), e.getMessage()));
            return null;
        }
        IWorkbenchWindow window = editor.getSite().getWorkbenchWindow();
        new WizardDialog(shell, new DoseScanWizard(choices, file, compiler,
                (settings, folder) -> start(window, settings, compiler, folder))).open();
        return null;
    }

    private static void start(IWorkbenchWindow window, ScanSettings settings, PipelineCompiler compiler,
            IContainer folder) {
        Display display = window.getShell().getDisplay();
        new ScanJob(settings, compiler, folder, result -> display.asyncExec(() -> show(window, result)),
                failure -> display.asyncExec(() -> report(window, failure))).schedule();
    }

    private static void show(IWorkbenchWindow window, ScanResult result) {
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return;
        }
        try {
            ((ScanView) page.showView(ScanIds.VIEW)).show(result);
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), Messages.Handler_title, e.getMessage());
        }
    }

    /** The failure dialog: value, scenario, node and simulated time of the run that stopped the scan. */
    private static void report(IWorkbenchWindow window, ScanFailure f) {
        if (window.getShell() == null || window.getShell().isDisposed()) {
            return;
        }
        MessageDialog.openError(window.getShell(), Messages.Failure_title, f.text());
    }
}
