package org.ldnworkbench.ui.tests.meditors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.ldnworkbench.ui.mechanism.MechanismEditor;
import org.ldnworkbench.ui.mechanism.MechanismEditorContext;

/**
 * A contributed editor that fails half-way through building its control (after making a widget, which the window
 * must remove), as a faulty plugin would. Contributed by this fragment's fragment.xml for the dosing mechanism.
 */
public final class ThrowingEditor implements MechanismEditor {
    /** The message of the failure, which the report must carry. */
    static final String FAILURE = "test editor refuses to build its control";

    @Override
    public Control createControl(Composite parent, MechanismEditorContext context) {
        new Label(parent, SWT.NONE).setText("half-built");
        throw new IllegalStateException(FAILURE);
    }

    @Override
    public void dispose() {
        // nothing held
    }
}
