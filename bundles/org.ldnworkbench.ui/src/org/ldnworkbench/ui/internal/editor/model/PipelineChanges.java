package org.ldnworkbench.ui.internal.editor.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ldnworkbench.core.pipeline.Connection;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PortRef;
import org.ldnworkbench.core.pipeline.Scenario;

/**
 * The structural edits of a pipeline that the diagram makes, each keeping the pipeline's parts consistent with one
 * another: a node's wires, its layout entry and the scenario values that name it ({@code node.param} parameters,
 * {@code node} presets) follow a rename and go with a removal. They change the pipeline they are given; the diagram
 * calls them inside {@link PipelineDocument#edit}, on the copy the edit hands over, so that each is one undoable step.
 * <p>
 * Whether two ports may be connected (units, kinds, an occupied input, an algebraic loop) needs the mechanisms'
 * declarations and is decided before the edit (the diagram's connection rules); {@link #connect} only refuses what
 * would make the pipeline inconsistent by itself.
 */
public final class PipelineChanges {
    private PipelineChanges() {
    }

    /**
     * Adds a node at a position of the diagram.
     *
     * @param pipeline the pipeline to change
     * @param id the new node's id (see {@link NodeIds#free})
     * @param mechanismId the mechanism it instantiates
     * @param x left edge in diagram coordinates
     * @param y top edge in diagram coordinates
     * @throws IllegalArgumentException when the id is invalid or taken
     */
    public static void addNode(Pipeline pipeline, String id, String mechanismId, double x, double y) {
        requireUsable(pipeline, id, null);
        pipeline.add(new Node(id, mechanismId));
        pipeline.layout().put(id, new double[] { x, y });
    }

    /**
     * Removes nodes with everything that names them: their wires, layout entries, and the scenarios' parameter
     * values and presets for them (left behind, those would make the pipeline invalid).
     *
     * @param pipeline the pipeline to change
     * @param ids the ids of the nodes to remove; unknown ids are ignored
     */
    public static void removeNodes(Pipeline pipeline, Collection<String> ids) {
        Set<String> gone = Set.copyOf(ids);
        pipeline.nodes().removeIf(n -> gone.contains(n.id()));
        pipeline.connections().removeIf(c -> gone.contains(c.from().node()) || gone.contains(c.to().node()));
        pipeline.layout().keySet().removeAll(gone);
        for (Scenario s : pipeline.scenarios()) {
            s.parameters().keySet().removeIf(key -> gone.contains(nodeOf(key)));
            s.presets().keySet().removeAll(gone);
        }
    }

    /**
     * @param pipeline the pipeline to change
     * @param wires the connections to remove; those not in the pipeline are ignored
     */
    public static void disconnect(Pipeline pipeline, Collection<Connection> wires) {
        pipeline.connections().removeAll(wires);
    }

    /**
     * Adds a wire.
     *
     * @param pipeline the pipeline to change
     * @param wire the connection, from an output to an input
     * @throws IllegalArgumentException when a node it names is missing or the same wire exists already
     */
    public static void connect(Pipeline pipeline, Connection wire) {
        for (PortRef end : List.of(wire.from(), wire.to())) {
            if (pipeline.node(end.node()) == null) {
                throw new IllegalArgumentException("Cannot connect " + wire + ": the pipeline has no node '"
                        + end.node() + "'");
            }
        }
        if (pipeline.connections().contains(wire)) {
            throw new IllegalArgumentException("Cannot connect " + wire + ": that wire exists already");
        }
        pipeline.connections().add(wire);
    }

    /**
     * Renames a node; its wires, layout entry and the scenarios' values for it follow, in their places.
     *
     * @param pipeline the pipeline to change
     * @param oldId the node's id
     * @param newId its new id
     * @throws IllegalArgumentException when there is no such node, or the new id is invalid or taken (with
     *         {@link NodeIds#problem}'s message)
     */
    public static void rename(Pipeline pipeline, String oldId, String newId) {
        Node node = pipeline.node(oldId);
        if (node == null) {
            throw new IllegalArgumentException("Cannot rename node '" + oldId + "': the pipeline has no such node");
        }
        requireUsable(pipeline, newId, node);
        node.id(newId);
        pipeline.connections().replaceAll(c -> new Connection(renamed(c.from(), oldId, newId),
                renamed(c.to(), oldId, newId)));
        replaceKeys(pipeline.layout(), k -> k.equals(oldId) ? newId : k);
        for (Scenario s : pipeline.scenarios()) {
            replaceKeys(s.parameters(), k -> oldId.equals(nodeOf(k)) ? newId + k.substring(oldId.length()) : k);
            replaceKeys(s.presets(), k -> k.equals(oldId) ? newId : k);
        }
    }

    /**
     * Moves nodes: writes their positions into the pipeline's layout.
     *
     * @param pipeline the pipeline to change
     * @param positions node id to {x, y} (left, top) in diagram coordinates; ids of no node are ignored
     */
    public static void move(Pipeline pipeline, Map<String, double[]> positions) {
        positions.forEach((id, xy) -> {
            if (pipeline.node(id) != null) {
                pipeline.layout().put(id, new double[] { xy[0], xy[1] });
            }
        });
    }

    private static void requireUsable(Pipeline pipeline, String id, Node except) {
        String problem = NodeIds.problem(pipeline, id, except);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    private static PortRef renamed(PortRef ref, String oldId, String newId) {
        return ref.node().equals(oldId) ? new PortRef(newId, ref.port()) : ref;
    }

    /** @return the node part of a scenario parameter key {@code node.param}, or the whole key without a dot */
    private static String nodeOf(String parameterKey) {
        int dot = parameterKey.indexOf('.');
        return dot < 0 ? parameterKey : parameterKey.substring(0, dot);
    }

    /** Re-keys a map in place, keeping its order (the file lists entries in map order). */
    private static <V> void replaceKeys(Map<String, V> map, java.util.function.UnaryOperator<String> key) {
        Map<String, V> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(key.apply(k), v));
        map.clear();
        map.putAll(copy);
    }
}
