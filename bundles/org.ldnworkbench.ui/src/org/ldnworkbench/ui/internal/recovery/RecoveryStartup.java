package org.ldnworkbench.ui.internal.recovery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.editor.Messages;

/**
 * After a start, opens a pipeline editor on every file whose unsaved changes a snapshot kept (the workbench stopped
 * without closing its editors: a crash, a kill). Each editor then offers the recovered text itself (Recover /
 * Discard), so recovery works the same whether the editor is opened here, restored by the workbench, or opened by
 * the user later. For a snapshot whose file is gone the user chooses: recreate the file with the kept text, keep the
 * snapshot for the next start (logged with its location), or discard it.
 */
public final class RecoveryStartup implements IStartup {
    @Override
    public void earlyStartup() {
        List<Snapshot> snapshots;
        try {
            snapshots = Recovery.store().list();
        } catch (IOException e) {
            ILog.of(RecoveryStartup.class).error(NLS.bind(Messages.Recovery_listFailed, Recovery.store().folder()), e);
            return;
        }
        if (snapshots.isEmpty()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> snapshots.forEach(s -> open(workbench, s)));
    }

    /**
     * Asks what to do with changes kept of a file that is gone, and does it.
     *
     * @return whether the file exists again (written from the kept text), so that its editor opens
     */
    private static boolean recreated(IWorkbenchWindow window, Snapshot snapshot, Path file, Path kept) {
        switch (RecoveryOffer.askForMissingFile(window.getShell(), snapshot, file)) {
            case RECREATE -> {
                try {
                    AtomicText.write(file, snapshot.text());
                    for (IFile f : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(snapshot.origin())) {
                        f.getParent().refreshLocal(IResource.DEPTH_ONE, null);
                    }
                    return true;
                } catch (IOException | CoreException e) {
                    ILog.of(RecoveryStartup.class).error(NLS.bind(Messages.Recovery_missing, file, kept), e);
                    return false;
                }
            }
            case DISCARD -> {
                try {
                    Recovery.store().remove(snapshot.origin());
                } catch (IOException e) {
                    ILog.of(RecoveryStartup.class).error(NLS.bind(Messages.Recovery_removeFailed, file), e);
                }
                return false;
            }
            default -> {
                ILog.of(RecoveryStartup.class).warn(NLS.bind(Messages.Recovery_missing, file, kept));
                return false;
            }
        }
    }

    private static void open(IWorkbench workbench, Snapshot snapshot) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window == null && workbench.getWorkbenchWindowCount() > 0) {
            window = workbench.getWorkbenchWindows()[0];
        }
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        Path kept = Recovery.store().fileOf(snapshot.origin());
        if (page == null) {
            return;
        }
        Path file = Path.of(snapshot.origin());
        if (!Files.isRegularFile(file) && !recreated(window, snapshot, file, kept)) {
            return;
        }
        try {
            IFile[] inWorkspace = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(snapshot.origin());
            if (inWorkspace.length > 0 && inWorkspace[0].exists()) {
                IDE.openEditor(page, inWorkspace[0], UiIds.PIPELINE_EDITOR, true);
            } else {
                IDE.openEditor(page, new org.eclipse.ui.ide.FileStoreEditorInput(EFS.getStore(snapshot.origin())),
                        UiIds.PIPELINE_EDITOR, true);
            }
        } catch (CoreException e) {
            ILog.of(RecoveryStartup.class).error(NLS.bind(Messages.Recovery_openFailed, file, kept), e);
        }
    }
}
