package org.ldnworkbench.ui.internal.editor.diagram;

/**
 * A port found under the pointer.
 *
 * @param box the node's box
 * @param port the port
 * @param index its index on its side
 */
public record PortHit(NodeBox box, DiagramPort port, int index) {
    /** @return the port as one end of a wire */
    public PortEnd end() {
        return new PortEnd(box.id(), port.name(), port.output());
    }

    /** @return where wires attach to it */
    public DiagramPoint anchor() {
        return box.anchor(index, port.output());
    }
}
