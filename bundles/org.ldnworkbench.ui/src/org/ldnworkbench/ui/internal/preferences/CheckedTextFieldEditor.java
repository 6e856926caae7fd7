package org.ldnworkbench.ui.internal.preferences;

import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * A text field checked on every key stroke: while the check names a problem, the page shows it and refuses OK and
 * Apply. An empty text goes through the check too, which says what is expected rather than JFace's generic
 * message.
 */
final class CheckedTextFieldEditor extends StringFieldEditor {
    private final Function<String, Optional<String>> check;

    /**
     * @param check what the user typed to the problem it has (a sentence for users that names the field), or empty
     */
    CheckedTextFieldEditor(String name, String label, Composite parent, Function<String, Optional<String>> check) {
        super(name, label, parent);
        this.check = check;
        setEmptyStringAllowed(true);
    }

    @Override
    protected boolean doCheckState() {
        Optional<String> problem = check.apply(getStringValue());
        problem.ifPresent(this::setErrorMessage);
        return problem.isEmpty();
    }
}
