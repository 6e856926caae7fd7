package org.ldnworkbench.ui.internal.editor.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.ldnworkbench.core.pipeline.Connection;
import org.ldnworkbench.core.pipeline.Pipeline;

/**
 * Connecting without a mouse: lists every wire the connection rules allow from an output of a node to another
 * node's input, and into the node's inputs from other nodes' outputs; the user filters by typing and picks one.
 */
final class ConnectDialog {
    private ConnectDialog() {
    }

    /**
     * @param scene the drawn pipeline
     * @param rules the connection rules
     * @param pipeline the pipeline
     * @param nodeId the node to connect
     * @return the allowed wires touching that node, outputs first
     */
    static List<Connection> candidates(DiagramScene scene, ConnectionRules rules, Pipeline pipeline, String nodeId) {
        NodeBox node = scene.box(nodeId);
        List<Connection> wires = new ArrayList<>();
        for (DiagramPort out : node.node().outputs()) {
            for (NodeBox other : scene.boxes()) {
                for (DiagramPort in : other.node().inputs()) {
                    add(wires, rules, pipeline, new PortEnd(nodeId, out.name(), true),
                            new PortEnd(other.id(), in.name(), false));
                }
            }
        }
        for (DiagramPort in : node.node().inputs()) {
            for (NodeBox other : scene.boxes()) {
                for (DiagramPort out : other.node().outputs()) {
                    add(wires, rules, pipeline, new PortEnd(other.id(), out.name(), true),
                            new PortEnd(nodeId, in.name(), false));
                }
            }
        }
        return wires;
    }

    private static void add(List<Connection> wires, ConnectionRules rules, Pipeline pipeline, PortEnd out,
            PortEnd in) {
        Connection wire = rules.wireIfAllowed(pipeline, out, in);
        if (wire != null) {
            wires.add(wire);
        }
    }

    /**
     * @param shell the parent
     * @param nodeId the node
     * @param candidates the wires to choose from
     * @return the chosen wire, or null
     */
    static Connection choose(Shell shell, String nodeId, List<Connection> candidates) {
        if (candidates.isEmpty()) {
            MessageDialog.openInformation(shell, NLS.bind(Messages.Connect_title, nodeId),
                    NLS.bind(Messages.Connect_none, nodeId));
            return null;
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider());
        dialog.setTitle(NLS.bind(Messages.Connect_title, nodeId));
        dialog.setMessage(NLS.bind(Messages.Connect_message, nodeId));
        dialog.setElements(candidates.toArray());
        dialog.setMultipleSelection(false);
        return dialog.open() == Window.OK && dialog.getFirstResult() instanceof Connection c ? c : null;
    }
}
