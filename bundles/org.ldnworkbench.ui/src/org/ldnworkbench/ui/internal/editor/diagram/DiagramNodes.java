package org.ldnworkbench.ui.internal.editor.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.pipeline.Connection;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;

/** Builds the drawn form of a pipeline's nodes from the pipeline and the mechanisms' declarations. */
public final class DiagramNodes {
    private DiagramNodes() {
    }

    /**
     * @param pipeline the pipeline
     * @param catalog the installed mechanisms
     * @return one drawn node per node, in the pipeline's order
     */
    public static List<DiagramNode> of(Pipeline pipeline, MechanismCatalog catalog) {
        List<DiagramNode> nodes = new ArrayList<>(pipeline.nodes().size());
        for (Node n : pipeline.nodes()) {
            MechanismSpec spec = catalog.spec(n.mechanism());
            nodes.add(spec == null ? fromWires(n, pipeline.connections()) : fromSpec(n, spec));
        }
        return nodes;
    }

    private static DiagramNode fromSpec(Node n, MechanismSpec spec) {
        return new DiagramNode(n.id(), n.mechanism(), spec.name(), true, ports(spec.inputs(), false),
                ports(spec.outputs(), true));
    }

    private static List<DiagramPort> ports(List<PortSpec> specs, boolean output) {
        return specs.stream().map(p -> new DiagramPort(p.name(), p.unit(), p.isEvent(), output)).toList();
    }

    /** A node whose mechanism is not installed: the ports are those its wires name, units and kinds unknown. */
    private static DiagramNode fromWires(Node n, List<Connection> wires) {
        Set<String> in = new LinkedHashSet<>();
        Set<String> out = new LinkedHashSet<>();
        for (Connection c : wires) {
            if (c.to().node().equals(n.id())) {
                in.add(c.to().port());
            }
            if (c.from().node().equals(n.id())) {
                out.add(c.from().port());
            }
        }
        return new DiagramNode(n.id(), n.mechanism(), n.mechanism(), false,
                in.stream().map(p -> new DiagramPort(p, "", false, false)).toList(),
                out.stream().map(p -> new DiagramPort(p, "", false, true)).toList());
    }
}
