package org.ldnworkbench.ui.tests.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;

/**
 * The workbench a UI test runs in: its window and page, projects and files in its workspace, editors and
 * commands. Each method fails the test with a message naming what it was doing instead of throwing checked
 * exceptions at it.
 */
public final class Workbenches {
    private Workbenches() {
    }

    /** @return the workbench window, waiting until it is open (the UI harness may start a test before) */
    public static IWorkbenchWindow window() {
        return UiWait.forValue("the workbench window to open", () -> {
            IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
            return windows.length == 0 ? null : windows[0];
        }, UiWait.DEFAULT_TIMEOUT);
    }

    /** @return the active page of the workbench window */
    public static IWorkbenchPage page() {
        IWorkbenchWindow window = window();
        return UiWait.forValue("a page in the workbench window", window::getActivePage, UiWait.DEFAULT_TIMEOUT);
    }

    /** @return the open project {@code name} of the workspace, created if it does not exist */
    public static IProject project(String name) {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        try {
            if (!project.exists()) {
                project.create(null);
            }
            if (!project.isOpen()) {
                project.open(null);
            }
        } catch (CoreException e) {
            fail("Could not create or open the project '" + name + "': " + e.getMessage(), e);
        }
        return project;
    }

    /** @return the file {@code path} of {@code project} holding {@code text} (UTF-8), created or overwritten */
    public static IFile file(IProject project, String path, String text) {
        IFile file = project.getFile(path);
        try {
            ByteArrayInputStream contents = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            if (file.exists()) {
                file.setContents(contents, IResource.FORCE, null);
            } else {
                file.create(contents, IResource.FORCE, null);
            }
        } catch (CoreException e) {
            fail("Could not write " + file.getFullPath() + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** @return the text of {@code file} (UTF-8) as it is on disk now */
    public static String text(IFile file) {
        try {
            file.refreshLocal(IResource.DEPTH_ZERO, null);
            try (var in = file.getContents()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (CoreException | java.io.IOException e) {
            return fail("Could not read " + file.getFullPath() + ": " + e.getMessage(), e);
        }
    }

    /** Deletes project {@code name} and its files, if it exists. */
    public static void deleteProject(String name) {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        try {
            project.delete(true, true, null);
        } catch (CoreException e) {
            fail("Could not delete the project '" + name + "': " + e.getMessage(), e);
        }
    }

    /**
     * Opens {@code file} in its default editor, as a double-click in the Project Explorer does (the editor bound to
     * the file's content type or name), activated, and lets its pages paint.
     */
    public static IEditorPart open(IFile file) {
        try {
            IEditorPart editor = IDE.openEditor(page(), file, true);
            UiWait.processEvents();
            return editor;
        } catch (PartInitException e) {
            return fail("Could not open " + file.getFullPath() + " in its default editor: " + e.getMessage(), e);
        }
    }

    /** Opens {@code file} in the editor {@code editorId}, activated, and lets its pages paint. */
    public static IEditorPart open(IFile file, String editorId) {
        try {
            IEditorPart editor = IDE.openEditor(page(), file, editorId, true);
            UiWait.processEvents();
            return editor;
        } catch (PartInitException e) {
            return fail("Could not open " + file.getFullPath() + " in the editor " + editorId + ": " + e.getMessage(),
                    e);
        }
    }

    /** Closes every editor without saving (a test leaves the window as it found it). */
    public static void closeAllEditors() {
        page().closeAllEditors(false);
        UiWait.processEvents();
    }

    /** Runs the command {@code id} as its menu item or key binding would, through the handler service. */
    public static Object execute(String commandId) {
        IHandlerService handlers = window().getService(IHandlerService.class);
        try {
            Object result = handlers.executeCommand(commandId, null);
            UiWait.processEvents();
            return result;
        } catch (CommandException e) {
            return fail("The command " + commandId + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Opens the New wizard {@code wizardId} on {@code selected} as File > New does (a WizardDialog), without blocking:
     * a command would hold the test in the dialog's event loop.
     *
     * @return the open dialog; the caller closes it
     */
    public static org.eclipse.jface.wizard.WizardDialog openNewWizard(String wizardId, Object selected)
            throws CoreException {
        org.eclipse.ui.wizards.IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry()
                .findWizard(wizardId);
        if (descriptor == null) {
            return fail("no New wizard " + wizardId + " is registered");
        }
        org.eclipse.ui.IWorkbenchWizard wizard = descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), new org.eclipse.jface.viewers.StructuredSelection(selected));
        org.eclipse.jface.wizard.WizardDialog dialog = new org.eclipse.jface.wizard.WizardDialog(window().getShell(),
                wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiWait.until("the wizard " + wizardId + " to show", () -> dialog.getShell().isVisible());
        return dialog;
    }

    /** Waits for the jobs a step started (builders, validation) to finish. */
    public static void waitForJobs() {
        UiWait.forJobs(Duration.ofSeconds(60));
    }
}
