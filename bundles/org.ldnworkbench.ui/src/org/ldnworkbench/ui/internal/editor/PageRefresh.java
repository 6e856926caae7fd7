package org.ldnworkbench.ui.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

/**
 * Refreshes a page when the user can see it: at once while its control is showing, otherwise once, when it is next
 * shown. Only one page of the editor is visible at a time, and refreshing the hidden ones on every edit (a tree of
 * 1,600 parameter rows for a 200-node pipeline, the source text with its colours) made each edit of the diagram
 * cost a third of a second (docs/BENCHMARKS.md, section 6).
 */
public final class PageRefresh {
    private final Control control;
    private final Runnable refresh;
    private boolean stale;

    /**
     * @param control the page's top control (its Show event marks a page becoming visible)
     * @param refresh what brings the page up to date with the document
     */
    public PageRefresh(Control control, Runnable refresh) {
        this.control = control;
        this.refresh = refresh;
        control.addListener(SWT.Show, e -> refreshIfStale());
    }

    /** The document or the check results changed: refresh now if visible, else when shown. */
    public void request() {
        if (control.isDisposed()) {
            return;
        }
        if (control.isVisible()) {
            stale = false;
            refresh.run();
        } else {
            stale = true;
        }
    }

    private void refreshIfStale() {
        if (stale && !control.isDisposed()) {
            stale = false;
            refresh.run();
        }
    }
}
