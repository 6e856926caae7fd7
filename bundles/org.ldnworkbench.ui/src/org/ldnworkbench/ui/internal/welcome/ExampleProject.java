package org.ldnworkbench.ui.internal.welcome;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.wizards.PipelineTemplate;

/**
 * The "LDN Examples" project of the welcome page: created (or opened) on the first click on an example, holding a
 * copy of every shipped example. A copy the user already has is left as it is, so edits to an example survive the
 * next click; a deleted one is copied again.
 */
final class ExampleProject {
    /** The project's name. */
    static final String NAME = "LDN Examples";

    private ExampleProject() {
    }

    /**
     * Copies the examples in a workspace job, then opens {@code chosen} in the pipeline editor of {@code window}.
     *
     * @param window the window whose page opens the example
     * @param examples every shipped example
     * @param chosen the one to open
     */
    static void open(IWorkbenchWindow window, List<PipelineTemplate> examples, PipelineTemplate chosen) {
        open(window, examples, chosen, editor -> {
            // the example is open: nothing more to do
        });
    }

    /**
     * As {@link #open(IWorkbenchWindow, List, PipelineTemplate)}, then hands the opened editor to {@code opened} (in
     * the UI thread), e.g. to run the example.
     */
    static void open(IWorkbenchWindow window, List<PipelineTemplate> examples, PipelineTemplate chosen,
            Consumer<IEditorPart> opened) {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject(NAME);
        WorkspaceJob copy = new WorkspaceJob(NLS.bind(Messages.examplesJob, NAME)) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                SubMonitor progress = SubMonitor.convert(monitor, 2 + examples.size());
                prepare(project, progress.split(2));
                for (PipelineTemplate example : examples) {
                    IFile file = project.getFile(example.fileName());
                    if (!file.exists()) {
                        file.create(new ByteArrayInputStream(example.text().getBytes(StandardCharsets.UTF_8)),
                                IResource.NONE, progress.split(1));
                    } else {
                        progress.worked(1);
                    }
                }
                return Status.OK_STATUS;
            }
        };
        copy.setRule(workspace.getRuleFactory().createRule(project));
        copy.setUser(true);
        copy.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().isOK() && PlatformUI.isWorkbenchRunning()) {
                    PlatformUI.getWorkbench().getDisplay()
                            .asyncExec(() -> openEditor(window, project.getFile(chosen.fileName()), opened));
                }
            }
        });
        copy.schedule();
    }

    private static void prepare(IProject project, SubMonitor progress) throws CoreException {
        if (!project.exists()) {
            IProjectDescription d = project.getWorkspace().newProjectDescription(NAME);
            d.setComment(Messages.examplesComment);
            project.create(d, progress.split(1));
        }
        if (!project.isOpen()) {
            project.open(progress.split(1));
        }
    }

    private static void openEditor(IWorkbenchWindow window, IFile file, Consumer<IEditorPart> opened) {
        if (window.getShell().isDisposed() || window.getActivePage() == null) {
            return;
        }
        try {
            opened.accept(IDE.openEditor(window.getActivePage(), file, UiIds.PIPELINE_EDITOR));
        } catch (PartInitException e) {
            org.eclipse.jface.dialogs.ErrorDialog.openError(window.getShell(), Messages.welcomeTab,
                    NLS.bind(Messages.examplesOpenFailed, file.getFullPath()), e.getStatus());
        }
    }
}
