package org.ldnworkbench.ui.internal.editor.diagram;

/**
 * Sizes a node's box from its labels so that the id, the mechanism's name and every {@code port [unit]} label fit
 * without overlap: the width holds the widest input label and the widest output label side by side.
 */
public final class NodeGeometry {
    /** Space between the box edge and text. */
    public static final int PADDING = 10;
    /** Horizontal space between an input's label and the output label in the same row. */
    public static final int LABEL_GAP = 24;
    /** The narrowest box, so that a node without ports is still a target to click. */
    public static final int MIN_WIDTH = 120;

    private final TextMeasure measure;

    /** @param measure text widths at 100 % */
    public NodeGeometry(TextMeasure measure) {
        this.measure = measure;
    }

    /**
     * @param node a node
     * @param x left edge
     * @param y top edge
     * @return its box there
     */
    public NodeBox box(DiagramNode node, double x, double y) {
        int line = measure.lineHeight();
        double header = 2 * line + PADDING;
        double row = line + 6;
        double headerWidth = Math.max(measure.width(node.id(), true), measure.width(node.title(), false));
        double portsWidth = widest(node, false) + LABEL_GAP + widest(node, true);
        double width = Math.max(MIN_WIDTH, Math.max(headerWidth, portsWidth) + 2 * PADDING);
        int rows = Math.max(node.inputs().size(), node.outputs().size());
        double height = header + rows * row + PADDING / 2.0;
        return new NodeBox(node, x, y, Math.ceil(width), Math.ceil(height), header, row);
    }

    private double widest(DiagramNode node, boolean outputs) {
        int widest = 0;
        for (DiagramPort p : outputs ? node.outputs() : node.inputs()) {
            widest = Math.max(widest, measure.width(p.label(), false));
        }
        return widest;
    }
}
