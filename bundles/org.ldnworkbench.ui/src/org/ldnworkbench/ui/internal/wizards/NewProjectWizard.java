package org.ldnworkbench.ui.internal.wizards;


import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.undo.CreateProjectOperation;
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
        Throwable failure = WorkspaceOperations.run(getContainer(), getWorkbench(), getShell(), create, true);
        if (failure instanceof InterruptedException) {
            return false;
        }
        if (failure != null) {
            MessageDialog.openError(getShell(), Messages.projectWizardTitle,
                    NLS.bind(Messages.projectCreateFailed, project.getName(), failure.getMessage()));
            return false;
        }
        selectAndReveal(project);
        return true;
    }
}
