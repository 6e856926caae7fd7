package org.ldnworkbench.ui.mechanism;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The layout the workbench's own mechanism editors share, for an editor that wants to look like them: a side panel
 * of fixed width on the left (the {@link ParameterFields}, notes and a status line that wrap at its width) and the
 * previews on the right, growing with the window. Every method builds with {@code GridLayout}/{@code GridData}, so a
 * control it returns may be given other layout data afterwards.
 * <p>
 * Use on the user-interface thread.
 *
 * @noinstantiate Its methods are static.
 * @since 0.1
 */
public final class PreviewLayout {
    /**
     * Width of the side panel in pixels: room for the parameter fields; notes wrap a little inside it.
     *
     * @since 0.1
     */
    public static final int SIDE_WIDTH = 310;

    private PreviewLayout() {
    }

    /**
     * @param parent the composite {@link MechanismEditor#createControl} was given
     * @return the editor's top control: two columns, the side panel and the previews, with a small margin
     * @since 0.1
     */
    public static Composite editorRoot(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(root);
        return root;
    }

    /**
     * @param root the editor's top control ({@link #editorRoot})
     * @return the side panel: one column, {@link #SIDE_WIDTH} wide, as tall as the window
     * @since 0.1
     */
    public static Composite sidePanel(Composite root) {
        Composite side = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(side);
        GridDataFactory.fillDefaults().hint(SIDE_WIDTH, SWT.DEFAULT).grab(false, true).applyTo(side);
        return side;
    }

    /**
     * @param root the editor's top control ({@link #editorRoot})
     * @return a column for previews stacked one above the other, taking the room the side panel leaves
     * @since 0.1
     */
    public static Composite previewColumn(Composite root) {
        Composite column = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(column);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(column);
        return column;
    }

    /**
     * A label whose text wraps at the side panel's width (a note, a status line).
     *
     * @param parent the side panel, or a one-column composite as wide
     * @param text the text shown first
     * @return the label, with {@code GridData}
     * @since 0.1
     */
    public static Label wrappedLabel(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(SIDE_WIDTH - 10, SWT.DEFAULT).applyTo(label);
        return label;
    }

    /**
     * Keeps room for text that arrives with a preview, after the window took its size: the label would otherwise
     * grow into a window that does not grow with it, and its end would be cut off.
     *
     * @param label a label with {@code GridData} (e.g. from {@link #wrappedLabel})
     * @param lines how many lines of the label's font to keep room for
     * @since 0.1
     */
    public static void reserveLines(Label label, int lines) {
        GC gc = new GC(label);
        try {
            int height = lines * gc.getFontMetrics().getHeight();
            GridData data = (GridData) label.getLayoutData();
            data.minimumHeight = height;
            data.heightHint = height;
        } finally {
            gc.dispose();
        }
    }

    /**
     * Lays a preview (a chart canvas, usually) out to take the room it is given, and names it.
     *
     * @param <C> the preview's type
     * @param preview a new control in a {@code GridLayout}
     * @param name its name under {@link ParameterFields#WIDGET_KEY}, for tests and tools
     * @param width the width it asks for first, in pixels
     * @param height the height it asks for first, in pixels
     * @return {@code preview}
     * @since 0.1
     */
    public static <C extends Control> C preview(C preview, String name, int width, int height) {
        preview.setData(ParameterFields.WIDGET_KEY, name);
        GridDataFactory.fillDefaults().grab(true, true).hint(width, height).applyTo(preview);
        return preview;
    }

    /**
     * Shows a text in a label whose height the text may change (a status line), laying its parent out again.
     *
     * @param label the label
     * @param text the new text
     * @since 0.1
     */
    public static void showText(Label label, String text) {
        label.setText(text);
        label.getParent().layout(true);
    }

    /**
     * Shows why a preview could not be computed, in the words the workbench's editors use ("No preview: ...").
     *
     * @param status the editor's status line
     * @param message the reason, as {@link PreviewJob} gives it
     * @since 0.1
     */
    public static void showFailure(Label status, String message) {
        showText(status, NLS.bind(Messages.PreviewLayout_failed, message));
    }
}
