package org.ldnworkbench.ui.internal.editor.diagram;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.ldnworkbench.core.pipeline.Connection;

/**
 * Automatic layout with Eclipse ELK's layered algorithm: values flow left to right, inputs on the west side and
 * outputs on the east side of every node. The ports are given at the exact positions the diagram draws them
 * ({@link PortConstraints#FIXED_POS}, which implies fixed sides), so that ELK minimises the crossings of the wires
 * as they will be drawn.
 * <p>
 * ELK outside an Eclipse IDE does not find its algorithms through extensions (that needs
 * {@code org.eclipse.elk.core.service}, which the product does not have): the layered algorithm's metadata is
 * registered once, here.
 */
public final class ElkLayout {
    /** Margin around the laid-out diagram. */
    private static final double MARGIN = 30;
    private static boolean registered;

    private ElkLayout() {
    }

    /**
     * @param boxes the nodes with their sizes (their positions are ignored)
     * @param wires the connections; those naming ports a box does not draw are left out of the layout
     * @return node id to its new {x, y} (left, top) for every box
     */
    public static Map<String, double[]> layout(List<NodeBox> boxes, List<Connection> wires) {
        registerAlgorithm();
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, 40.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 60.0);
        graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 20.0);
        graph.setProperty(CoreOptions.SPACING_EDGE_NODE, 20.0);
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        Map<String, ElkPort> ports = new HashMap<>();
        for (NodeBox box : boxes) {
            nodes.put(box.id(), node(graph, box, ports));
        }
        for (Connection c : wires) {
            ElkPort from = ports.get(key(c.from().node(), c.from().port(), true));
            ElkPort to = ports.get(key(c.to().node(), c.to().port(), false));
            if (from != null && to != null) {
                ElkGraphUtil.createSimpleEdge(from, to);
            }
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
        Map<String, double[]> positions = new LinkedHashMap<>();
        nodes.forEach((id, n) -> positions.put(id, new double[] { Math.round(n.getX()), Math.round(n.getY()) }));
        return positions;
    }

    private static ElkNode node(ElkNode graph, NodeBox box, Map<String, ElkPort> ports) {
        ElkNode n = ElkGraphUtil.createNode(graph);
        n.setDimensions(box.width(), box.height());
        n.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
        List<DiagramPort> inputs = box.node().inputs();
        for (int i = 0; i < inputs.size(); i++) {
            ports.put(key(box.id(), inputs.get(i).name(), false), port(n, box, i, false));
        }
        List<DiagramPort> outputs = box.node().outputs();
        for (int i = 0; i < outputs.size(); i++) {
            ports.put(key(box.id(), outputs.get(i).name(), true), port(n, box, i, true));
        }
        return n;
    }

    private static ElkPort port(ElkNode n, NodeBox box, int index, boolean output) {
        ElkPort p = ElkGraphUtil.createPort(n);
        p.setDimensions(1, 1);
        p.setLocation(output ? box.width() : -1, box.portY(index) - box.y());
        p.setProperty(CoreOptions.PORT_SIDE, output ? PortSide.EAST : PortSide.WEST);
        return p;
    }

    private static String key(String node, String port, boolean output) {
        return node + (output ? ">" : "<") + port;
    }

    private static synchronized void registerAlgorithm() {
        if (!registered) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            registered = true;
        }
    }
}
