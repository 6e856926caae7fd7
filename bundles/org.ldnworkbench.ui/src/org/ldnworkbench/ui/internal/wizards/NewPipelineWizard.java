package org.ldnworkbench.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.undo.CreateFileOperation;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.ldnworkbench.ui.internal.UiIds;

/**
 * File &gt; New &gt; Pipeline: creates a {@code .ldnpipe} file, empty or from a shipped example, and opens it in
 * the pipeline editor. The file is created as an undoable workspace operation and never overwrites one.
 */
public final class NewPipelineWizard extends BasicNewResourceWizard implements INewWizard {
    private NewPipelinePage page;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        super.init(workbench, selection);
        setWindowTitle(Messages.pipelineWizardTitle);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        IContainer container = initialContainer(getSelection());
        page = new NewPipelinePage(container != null ? container : activeEditorsFolder(getWorkbench()),
                PipelineTemplates.bundled());
        addPage(page);
    }

    /** @return the selected folder or project, or the folder of the selected file, or null */
    static IContainer initialContainer(IStructuredSelection selection) {
        Object first = selection == null ? null : selection.getFirstElement();
        IResource r = first instanceof IResource res ? res
                : first instanceof IAdaptable a ? a.getAdapter(IResource.class) : null;
        if (r == null || r.getType() == IResource.ROOT) {
            return null;
        }
        return r instanceof IContainer c ? c : r.getParent();
    }

    /**
     * @return the folder of the file in the active editor (the wizard opened from a pipeline editor, whose selection
     *         is nodes, not resources), or null
     */
    private static IContainer activeEditorsFolder(IWorkbench workbench) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        IEditorPart editor = window == null || window.getActivePage() == null ? null
                : window.getActivePage().getActiveEditor();
        IFile file = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
        return file == null ? null : file.getParent();
    }

    @Override
    public boolean performFinish() {
        IFile file = page.file();
        String name = page.fileName();
        String contents = page.template().contents(name.substring(0, name.length() - PipelineFileNames.SUFFIX.length()));
        CreateFileOperation create = new CreateFileOperation(file, null,
                new ByteArrayInputStream(contents.getBytes(StandardCharsets.UTF_8)),
                NLS.bind(Messages.pipelineCreateLabel, file.getName()));
        Throwable failure = WorkspaceOperations.run(getContainer(), getWorkbench(), getShell(), create, false);
        if (failure instanceof InterruptedException) {
            return false;
        }
        if (failure != null) {
            MessageDialog.openError(getShell(), Messages.pipelineWizardTitle,
                    NLS.bind(Messages.pipelineCreateFailed, file.getFullPath(), failure.getMessage()));
            return false;
        }
        selectAndReveal(file);
        open(file);
        return true;
    }

    private void open(IFile file) {
        IWorkbenchPage activePage = getWorkbench().getActiveWorkbenchWindow() == null ? null
                : getWorkbench().getActiveWorkbenchWindow().getActivePage();
        if (activePage == null) {
            return;
        }
        try {
            IDE.openEditor(activePage, file, UiIds.PIPELINE_EDITOR);
        } catch (PartInitException e) {
            ErrorDialog.openError(getShell(), Messages.pipelineWizardTitle,
                    NLS.bind(Messages.pipelineOpenFailed, file.getFullPath()), e.getStatus());
        }
    }
}
