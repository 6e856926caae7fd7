package org.ldnworkbench.ui.internal.editor.diagram;

/**
 * What a gesture in progress adds to the drawing before anything is written to the pipeline: the offset of nodes
 * being dragged, the marquee rectangle, the wire being drawn with the port under the pointer and why that port
 * refuses it. Diagram coordinates.
 */
final class DiagramOverlay {
    /** Offset of the selected nodes while they are dragged. */
    double moveDx;
    double moveDy;
    /** The marquee's corners {x1, y1, x2, y2}, or null. */
    double[] marquee;
    /** The port a wire is drawn from, or null when no wire is being drawn. */
    PortHit wireFrom;
    /** Where the pointer is while a wire is drawn. */
    DiagramPoint wireEnd;
    /** The port under the pointer while a wire is drawn, or null. */
    PortHit wireTarget;
    /** Why {@link #wireTarget} refuses the wire, or null when it accepts it. */
    String refusal;

    boolean moving() {
        return moveDx != 0 || moveDy != 0;
    }

    void clear() {
        moveDx = 0;
        moveDy = 0;
        marquee = null;
        wireFrom = null;
        wireEnd = null;
        wireTarget = null;
        refusal = null;
    }
}
