package org.ldnworkbench.ui.internal.editor.pages;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PlatformUI;

/**
 * The line under a page's table where it says why an edit was refused (and what the limit is) or what an edit did,
 * mirrored in the workbench status line: no dialog interrupts typing, and the message stays until the next edit. It
 * wraps, so that an engine message naming a limit and a suggestion is shown whole.
 */
final class MessageLine {
    private final Composite line;
    private final Label icon;
    private final Label label;
    private final IWorkbenchPartSite site;

    MessageLine(Composite parent, IWorkbenchPartSite site) {
        this.site = site;
        line = new Composite(parent, SWT.NONE);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 300; // any width: the line wraps to what the page gives it
        line.setLayoutData(data);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 2;
        layout.marginWidth = 0;
        line.setLayout(layout);
        icon = new Label(line, SWT.NONE);
        icon.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        label = new Label(line, SWT.WRAP);
        GridData text = new GridData(SWT.FILL, SWT.CENTER, true, false);
        text.widthHint = 280;
        label.setLayoutData(text);
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
            icon.setImage(null);
            relayout();
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
        icon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(image));
        label.setText(text);
        relayout();
    }

    private void relayout() {
        line.getParent().layout(true, true);
    }

    private IStatusLineManager status() {
        return ((IEditorSite) site).getActionBars().getStatusLineManager();
    }
}
