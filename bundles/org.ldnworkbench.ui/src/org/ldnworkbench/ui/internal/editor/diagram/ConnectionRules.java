package org.ldnworkbench.ui.internal.editor.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.pipeline.Connection;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PortRef;

/**
 * Whether a wire may be drawn between two ports, decided while the user drags so that the refusal is shown at the
 * pointer before anything changes. The rules are the engine's (its compiler reports the same faults in a file), said
 * in the diagram's words: an output feeds an input, of the same kind (continuous or event) and the same unit; a
 * continuous input has one source; and no cycle of outputs that read their inputs directly (an algebraic loop)
 * may arise.
 */
public final class ConnectionRules {
    private final MechanismCatalog catalog;

    /** @param catalog the installed mechanisms, whose ports and feed-through decide */
    public ConnectionRules(MechanismCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param pipeline the pipeline as it is
     * @param a the port the drag started from
     * @param b the port under the pointer
     * @return null when the wire may be drawn, otherwise why not (for a tooltip)
     */
    public String problem(Pipeline pipeline, PortEnd a, PortEnd b) {
        if (a.node().equals(b.node())) {
            return NLS.bind(Messages.Rule_sameNode, a.node());
        }
        if (a.output() == b.output()) {
            return NLS.bind(a.output() ? Messages.Rule_twoOutputs : Messages.Rule_twoInputs, a, b);
        }
        PortEnd out = a.output() ? a : b;
        PortEnd in = a.output() ? b : a;
        PortSpec op = port(pipeline, out);
        PortSpec ip = port(pipeline, in);
        if (op == null || ip == null) {
            return unknownPort(pipeline, op == null ? out : in);
        }
        if (op.isEvent() != ip.isEvent()) {
            return NLS.bind(op.isEvent() ? Messages.Rule_eventToContinuous : Messages.Rule_continuousToEvent, out, in);
        }
        if (!op.unit().equals(ip.unit())) {
            return NLS.bind(Messages.Rule_unitMismatch, new Object[] { out, op.unit(), in, ip.unit() });
        }
        Connection wire = new Connection(out.ref(), in.ref());
        if (pipeline.connections().contains(wire)) {
            return NLS.bind(Messages.Rule_exists, wire);
        }
        if (!ip.isEvent()) {
            Connection occupant = sourceOf(pipeline, in.ref());
            if (occupant != null) {
                return NLS.bind(Messages.Rule_occupied, new Object[] { in, occupant.from(), occupant });
            }
            List<Connection> loop = loopThrough(pipeline, wire, op);
            if (loop != null) {
                return NLS.bind(Messages.Rule_loop, String.join(", ", loop.stream().map(Connection::toString)
                        .toList()));
            }
        }
        return null;
    }

    /**
     * @param pipeline the pipeline
     * @param out an output end
     * @param in an input end
     * @return the wire from {@code out} to {@code in} when {@link #problem} allows it, else null
     */
    public Connection wireIfAllowed(Pipeline pipeline, PortEnd out, PortEnd in) {
        return problem(pipeline, out, in) == null ? new Connection(out.ref(), in.ref()) : null;
    }

    private String unknownPort(Pipeline pipeline, PortEnd end) {
        Node node = pipeline.node(end.node());
        if (node == null) {
            return NLS.bind(Messages.Rule_noNode, end.node());
        }
        MechanismSpec spec = catalog.spec(node.mechanism());
        if (spec == null) {
            return NLS.bind(Messages.Rule_notInstalled, node.mechanism(), end.node());
        }
        return NLS.bind(end.output() ? Messages.Rule_noOutput : Messages.Rule_noInput, spec.id(), end.port());
    }

    private PortSpec port(Pipeline pipeline, PortEnd end) {
        MechanismSpec spec = specOf(pipeline, end.node());
        if (spec == null) {
            return null;
        }
        for (PortSpec p : end.output() ? spec.outputs() : spec.inputs()) {
            if (p.name().equals(end.port())) {
                return p;
            }
        }
        return null;
    }

    private MechanismSpec specOf(Pipeline pipeline, String nodeId) {
        Node node = pipeline.node(nodeId);
        return node == null ? null : catalog.spec(node.mechanism());
    }

    private static Connection sourceOf(Pipeline pipeline, PortRef input) {
        for (Connection c : pipeline.connections()) {
            if (c.to().equals(input)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Follows the direct reads back from the new wire's output: the new wire closes a loop when that output
     * (through outputs that read their inputs directly) reads an output of the input's node that reads the new
     * input directly.
     *
     * @return the loop's wires in the direction values flow, ending with the new wire; null when there is none
     */
    private List<Connection> loopThrough(Pipeline pipeline, Connection wire, PortSpec newSource) {
        MechanismSpec target = specOf(pipeline, wire.to().node());
        Set<PortRef> closing = new HashSet<>();
        for (PortSpec o : target.outputs()) {
            if (o.feedthrough().contains(wire.to().port())) {
                closing.add(new PortRef(wire.to().node(), o.name()));
            }
        }
        if (closing.isEmpty()) {
            return null;
        }
        Deque<Connection> path = new ArrayDeque<>();
        Set<PortRef> seen = new HashSet<>();
        if (reaches(pipeline, wire.from(), newSource, closing, path, seen)) {
            List<Connection> loop = new ArrayList<>(path);
            loop.add(wire);
            return loop;
        }
        return null;
    }

    /** Depth-first over "reads directly"; {@code path} holds the wires from the found output to {@code signal}. */
    private boolean reaches(Pipeline pipeline, PortRef signal, PortSpec spec, Set<PortRef> closing,
            Deque<Connection> path, Set<PortRef> seen) {
        if (!seen.add(signal)) {
            return false;
        }
        for (String read : spec.feedthrough()) {
            Connection feed = sourceOf(pipeline, new PortRef(signal.node(), read));
            if (feed == null) {
                continue;
            }
            path.push(feed);
            if (closing.contains(feed.from())) {
                return true;
            }
            PortSpec sourceSpec = port(pipeline, new PortEnd(feed.from().node(), feed.from().port(), true));
            if (sourceSpec != null && reaches(pipeline, feed.from(), sourceSpec, closing, path, seen)) {
                return true;
            }
            path.pop();
        }
        return false;
    }
}
