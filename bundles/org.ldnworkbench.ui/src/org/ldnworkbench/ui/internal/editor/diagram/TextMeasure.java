package org.ldnworkbench.ui.internal.editor.diagram;

/**
 * How wide text is, in diagram units at 100 % zoom: the only thing node geometry needs from the display, so that
 * geometry and layout are computed (and tested) without one.
 */
public interface TextMeasure {
    /**
     * @param text a label
     * @param bold whether it is drawn in the bold font (node ids)
     * @return its width in pixels at 100 %
     */
    int width(String text, boolean bold);

    /** @return the height of one line of text at 100 % */
    int lineHeight();
}
