package org.ldnworkbench.ui.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Tells the editor when its file changes under it. Workspace files: the resource delta says at once whether the file
 * was changed, moved (the editor follows) or deleted. Every file, in the workspace or not: when the editor is
 * activated it compares the file with what it last read or wrote, which also catches changes made outside Eclipse
 * before a refresh. The editor decides what to do ({@link Events}), always on the UI thread.
 */
final class DiskWatch implements IResourceChangeListener, IPartListener2 {
    /** What the editor does about its file. */
    interface Events {
        /** @return the workspace file now shown, or null (outside the workspace) */
        IFile workspaceFile();

        /** The file's content may differ from the editor's record of it. */
        void diskMayHaveChanged();

        /** @param to the file's new place in the workspace */
        void fileMoved(IFile to);

        /** The file is gone. */
        void fileDeleted();

        /** @return whether the part is this editor */
        boolean isEditor(IWorkbenchPartReference part);
    }

    private final Display display;
    private final Events events;

    DiskWatch(Display display, Events events) {
        this.display = display;
        this.events = events;
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IFile file = events.workspaceFile();
        if (file == null || event.getDelta() == null) {
            return;
        }
        IResourceDelta delta = event.getDelta().findMember(file.getFullPath());
        if (delta == null) {
            return;
        }
        if (delta.getKind() == IResourceDelta.REMOVED) {
            IPath to = delta.getMovedToPath();
            if ((delta.getFlags() & IResourceDelta.MOVED_TO) != 0 && to != null) {
                IFile moved = ResourcesPlugin.getWorkspace().getRoot().getFile(to);
                later(() -> events.fileMoved(moved));
            } else {
                later(events::fileDeleted);
            }
        } else if ((delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
            later(events::diskMayHaveChanged);
        }
    }

    @Override
    public void partActivated(IWorkbenchPartReference part) {
        if (events.isEditor(part)) {
            events.diskMayHaveChanged();
        }
    }

    /** Stops listening (the editor closes). */
    void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
    }

    private void later(Runnable r) {
        if (!display.isDisposed()) {
            display.asyncExec(r);
        }
    }
}
