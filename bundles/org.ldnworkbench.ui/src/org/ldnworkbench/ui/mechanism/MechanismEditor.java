package org.ldnworkbench.ui.mechanism;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The editor of one mechanism's node, contributed to the extension point
 * {@code org.ldnworkbench.ui.mechanismEditors} for a mechanism id. The workbench creates one instance per opened
 * window (a public no-argument constructor is needed), calls {@link #createControl} once, and {@link #dispose} when
 * the window closes: when the user closes it, or when the node or its pipeline editor goes away.
 * <p>
 * An editor follows its node: it listens to the context ({@link MechanismEditorContext#addListener}) and shows the
 * node's values after every change, whoever made it (this editor, another page, Undo or Redo). An exception thrown
 * by the constructor or by {@link #createControl} is reported naming the contributing bundle; the contribution is
 * then not used again in this session and the node gets the generic parameter form.
 *
 * @since 0.1
 */
public interface MechanismEditor {
    /**
     * Builds the editor's widgets.
     *
     * @param parent the composite to build in (its layout is a {@code FillLayout}: return one control)
     * @param context the node being edited; valid until {@link #dispose}
     * @return the editor's top control, a child of {@code parent}
     * @since 0.1
     */
    Control createControl(Composite parent, MechanismEditorContext context);

    /**
     * Gives the keyboard focus to the editor's first field. The default does nothing.
     *
     * @since 0.1
     */
    default void setFocus() {
        // the window keeps the focus where it is
    }

    /**
     * Releases what the editor holds beyond its widgets (which the window disposes): background jobs, listeners on
     * the context, images.
     *
     * @since 0.1
     */
    void dispose();
}
