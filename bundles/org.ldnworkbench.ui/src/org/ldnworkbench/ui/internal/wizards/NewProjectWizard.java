package org.ldnworkbench.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.undo.CreateProjectOperation;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * File &gt; New &gt; Project: a plain workspace project (no nature, no builder) to hold pipeline files and, once
 * runs arrive, their results. Created as an undoable workspace operation, in the workspace or at a chosen folder.
 */
public final class NewProjectWizard extends BasicNewResourceWizard {
    private WizardNewProjectCreationPage page;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        super.init(workbench, selection);
        setWindowTitle(Messages.projectWizardTitle);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new WizardNewProjectCreationPage("newProject");
        page.setTitle(Messages.projectPageTitle);
        page.setDescription(Messages.projectPageDescription);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IProject project = page.getProjectHandle();
        IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
        description.setLocationURI(page.useDefaults() ? null : page.getLocationURI());
        description.setComment(Messages.projectComment);
        CreateProjectOperation create = new CreateProjectOperation(description,
                NLS.bind(Messages.projectCreateLabel, project.getName()));
        IAdaptable uiInfo = WorkspaceUndoUtil.getUIInfoAdapter(getShell());
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    IStatus s = getWorkbench().getOperationSupport().getOperationHistory().execute(create, monitor,
                            uiInfo);
                    if (!s.isOK()) {
                        throw new InvocationTargetException(new ExecutionException(s.getMessage(), s.getException()));
                    }
                } catch (ExecutionException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            MessageDialog.openError(getShell(), Messages.projectWizardTitle,
                    NLS.bind(Messages.projectCreateFailed, project.getName(), cause.getMessage()));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        selectAndReveal(project);
        return true;
    }
}
