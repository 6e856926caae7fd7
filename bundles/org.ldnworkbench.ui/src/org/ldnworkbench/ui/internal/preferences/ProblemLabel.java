package org.ldnworkbench.ui.internal.preferences;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The page's current problem in full, wrapped below its fields: the dialog's message line cuts a long message (the
 * engine's words for an output step that does not divide the span run to two lines) with an ellipsis.
 */
final class ProblemLabel {
    /** Widget data key of the label, for tests. */
    static final String KEY = "org.ldnworkbench.ui.preferences.problem";
    private static final int WIDTH_HINT = 460;

    private ProblemLabel() {
    }

    /** @return an empty wrapping label spanning the field editors' columns of {@code parent} */
    static Label create(Composite parent) {
        Label label = new Label(parent, SWT.WRAP);
        label.setData(KEY, Boolean.TRUE);
        label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(WIDTH_HINT, SWT.DEFAULT).indent(0, 8)
                .applyTo(label);
        return label;
    }

    /** Shows {@code message}, or nothing for null; a label not yet created or already disposed is left alone. */
    static void show(Label label, String message) {
        if (label != null && !label.isDisposed()) {
            label.setText(message == null ? "" : message);
            label.getParent().layout(true);
        }
    }
}
