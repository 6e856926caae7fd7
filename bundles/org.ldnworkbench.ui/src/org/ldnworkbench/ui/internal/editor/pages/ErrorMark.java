package org.ldnworkbench.ui.internal.editor.pages;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

/** The error mark of a form's field that holds a refused value: the platform's error image left of the field. */
public final class ErrorMark {
    private ErrorMark() {
    }

    /**
     * @param field the field to mark (leave room left of it for the image)
     * @return its mark, hidden until a value is refused; {@link ControlDecoration#setDescriptionText} gives the reason
     *         shown on hovering it
     */
    public static ControlDecoration on(Control field) {
        ControlDecoration mark = new ControlDecoration(field, SWT.LEFT | SWT.CENTER);
        mark.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
                .getImage());
        mark.hide();
        return mark;
    }
}
