package org.ldnworkbench.ui.internal.editor.diagram;

import java.util.List;

/**
 * A node as the diagram draws it: what the pipeline says about it joined with its mechanism's declaration.
 *
 * @param id the node's id
 * @param mechanismId the mechanism it instantiates
 * @param title the mechanism's name, or its id when the mechanism is not installed
 * @param installed whether the mechanism is installed; a node of a missing mechanism is drawn as invalid with the
 *        ports its wires name
 * @param inputs input ports, top to bottom
 * @param outputs output ports, top to bottom
 */
public record DiagramNode(String id, String mechanismId, String title, boolean installed, List<DiagramPort> inputs,
        List<DiagramPort> outputs) {
    /**
     * @param name a port name
     * @param output whether an output is meant
     * @return the index of that port on its side, or -1
     */
    public int indexOf(String name, boolean output) {
        List<DiagramPort> side = output ? outputs : inputs;
        for (int i = 0; i < side.size(); i++) {
            if (side.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
