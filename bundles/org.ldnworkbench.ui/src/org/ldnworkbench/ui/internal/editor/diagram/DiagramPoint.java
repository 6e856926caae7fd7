package org.ldnworkbench.ui.internal.editor.diagram;

/**
 * A point in diagram coordinates (pixels at 100 % zoom, origin top left).
 *
 * @param x to the right
 * @param y downwards
 */
public record DiagramPoint(double x, double y) {
}
