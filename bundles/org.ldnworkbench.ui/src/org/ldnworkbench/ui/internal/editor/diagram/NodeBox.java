package org.ldnworkbench.ui.internal.editor.diagram;

/**
 * Where a node is drawn: its box in diagram coordinates and where its port rows are. The header holds the id and the
 * mechanism's name; below it one row per port, inputs on the left edge and outputs on the right edge.
 *
 * @param node the node
 * @param x left edge
 * @param y top edge
 * @param width box width
 * @param height box height
 * @param header height of the header (id and mechanism name)
 * @param row height of one port row
 */
public record NodeBox(DiagramNode node, double x, double y, double width, double height, double header, double row) {
    /** @return the node's id */
    public String id() {
        return node.id();
    }

    /**
     * @param index the port's index on its side
     * @param output whether it is an output (right edge) or an input (left edge)
     * @return where its wires attach
     */
    public DiagramPoint anchor(int index, boolean output) {
        return new DiagramPoint(output ? x + width : x, portY(index));
    }

    /**
     * @param index a port's index on its side
     * @return the vertical middle of its row
     */
    public double portY(int index) {
        return y + header + row * index + row / 2;
    }

    /**
     * @param px x in diagram coordinates
     * @param py y in diagram coordinates
     * @return whether the point is in the box
     */
    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    /**
     * @param nx new left edge
     * @param ny new top edge
     * @return this box moved there
     */
    public NodeBox at(double nx, double ny) {
        return new NodeBox(node, nx, ny, width, height, header, row);
    }
}
