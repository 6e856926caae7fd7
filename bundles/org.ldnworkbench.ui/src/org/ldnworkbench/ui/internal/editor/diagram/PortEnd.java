package org.ldnworkbench.ui.internal.editor.diagram;

import org.ldnworkbench.core.pipeline.PortRef;

/**
 * One end of a wire being drawn: a port of a node and which side it is on (an input and an output of one mechanism
 * may share a name, so the name alone does not say).
 *
 * @param node the node's id
 * @param port the port's name
 * @param output whether it is an output
 */
public record PortEnd(String node, String port, boolean output) {
    /** @return the port as the pipeline file names it */
    public PortRef ref() {
        return new PortRef(node, port);
    }

    @Override
    public String toString() {
        return node + "." + port;
    }
}
