package org.ldnworkbench.ui.internal.editor.pages;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.IEditorSite;

/**
 * The line under a page's table where it says why an edit was refused (and what the limit is) or what an edit did,
 * mirrored in the workbench status line: no dialog interrupts typing, and the message stays until the next edit.
 */
final class MessageLine {
    private final CLabel label;
    private final IWorkbenchPartSite site;

    MessageLine(Composite parent, IWorkbenchPartSite site) {
        this.site = site;
        label = new CLabel(parent, SWT.NONE);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        label.setData(PagesIds.WIDGET_KEY, PagesIds.MESSAGE_LINE);
    }

    /** Shows why an edit was refused. */
    void error(String text) {
        show(text, ISharedImages.IMG_OBJS_ERROR_TSK);
        status().setErrorMessage(text);
    }

    /** Shows what an edit did, or a hint. */
    void info(String text) {
        show(text, ISharedImages.IMG_OBJS_INFO_TSK);
        status().setErrorMessage(null);
        status().setMessage(text);
    }

    /** Clears the line (a valid edit followed a refused one). */
    void clear() {
        if (!label.isDisposed()) {
            label.setText("");
            label.setImage(null);
            label.setToolTipText(null);
        }
        status().setErrorMessage(null);
        status().setMessage(null);
    }

    /** @return the message shown, empty when none (UI tests read it) */
    String text() {
        return label.getText();
    }

    private void show(String text, String image) {
        if (label.isDisposed()) {
            return;
        }
        label.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(image));
        label.setText(text);
        label.setToolTipText(text);
        label.getParent().layout(new org.eclipse.swt.widgets.Control[] {label});
    }

    private IStatusLineManager status() {
        return ((IEditorSite) site).getActionBars().getStatusLineManager();
    }
}
