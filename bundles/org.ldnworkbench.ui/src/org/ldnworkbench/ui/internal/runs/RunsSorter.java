package org.ldnworkbench.ui.internal.runs;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

/** Runs under a pipeline newest first, as a user looks for the run just made. */
public final class RunsSorter extends ViewerComparator {
    @Override
    public int compare(Viewer viewer, Object a, Object b) {
        if (a instanceof RunEntry x && b instanceof RunEntry y) {
            return RunFolders.NEWEST_FIRST.compare(x.folder().getLocation().toPath(), y.folder().getLocation().toPath());
        }
        return super.compare(viewer, a, b);
    }
}
