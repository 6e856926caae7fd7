package org.ldnworkbench.ui.internal.editor;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;
import org.ldnworkbench.core.pipeline.PipelineFiles;

/**
 * Where Save As writes, as the user chooses it: a workspace file (the workspace's Save As dialog) when the editor
 * shows one, else any file on disk (the system's file dialog), so that a file opened from outside the workspace stays
 * outside. The {@code .ldnpipe} extension is added when the user leaves it out.
 *
 * @param path the file on disk
 * @param workspaceFile the same file in the workspace, or null
 * @param input the editor input that shows it afterwards
 */
record SaveAsTarget(Path path, IFile workspaceFile, IEditorInput input) {
    /**
     * @param shell the dialogs' parent
     * @param current the editor's input
     * @return the chosen target, empty when the user cancelled
     */
    static Optional<SaveAsTarget> choose(Shell shell, IEditorInput current) {
        IFile file = EditorInputs.workspaceFile(current);
        return file != null ? inWorkspace(shell, file) : onDisk(shell, EditorInputs.path(current));
    }

    private static Optional<SaveAsTarget> inWorkspace(Shell shell, IFile current) {
        SaveAsDialog dialog = new SaveAsDialog(shell);
        dialog.setOriginalFile(current);
        dialog.create();
        dialog.setTitle(Messages.SaveAs_title);
        if (dialog.open() != Window.OK || dialog.getResult() == null) {
            return Optional.empty();
        }
        IPath target = dialog.getResult();
        if (!PipelineFiles.EXTENSION.equals(target.getFileExtension())) {
            target = target.addFileExtension(PipelineFiles.EXTENSION);
        }
        IFile to = ResourcesPlugin.getWorkspace().getRoot().getFile(target);
        if (to.getLocation() == null) {
            MessageDialog.openError(shell, Messages.Save_failedTitle,
                    NLS.bind(Messages.Save_failed, target, Messages.SaveAs_noProject));
            return Optional.empty();
        }
        return Optional.of(new SaveAsTarget(to.getLocation().toFile().toPath(), to, new FileEditorInput(to)));
    }

    private static Optional<SaveAsTarget> onDisk(Shell shell, Path current) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.SaveAs_title);
        dialog.setFilterExtensions(new String[] { "*." + PipelineFiles.EXTENSION });
        dialog.setFilterNames(new String[] { Messages.SaveAs_filter });
        dialog.setOverwrite(true);
        if (current != null) {
            dialog.setFilterPath(current.getParent().toString());
            dialog.setFileName(current.getFileName().toString());
        }
        String chosen = dialog.open();
        if (chosen == null) {
            return Optional.empty();
        }
        Path to = Path.of(chosen.endsWith("." + PipelineFiles.EXTENSION) ? chosen
                : chosen + "." + PipelineFiles.EXTENSION);
        return Optional.of(new SaveAsTarget(to, null,
                new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(to.toUri()))));
    }
}
