package org.ldnworkbench.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mechanism pipeline as saved in an {@code .ldnpipe} file: nodes, connections, simulation settings, optional
 * scenarios and the diagram layout. Mutable; the file format is handled by {@link PipelineFiles}.
 *
 * @since 0.1
 */
public final class Pipeline {
    private String name = "";
    private String description = "";
    private SimulationSettings simulation = new SimulationSettings();
    private final List<Node> nodes = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();
    private final List<Scenario> scenarios = new ArrayList<>();
    private final Map<String, double[]> layout = new LinkedHashMap<>();

    /**
     * An empty pipeline with default simulation settings, to be filled by the builder methods.
     *
     * @since 0.1
     */
    public Pipeline() {
        // the field initialisers give an empty pipeline
    }

    /**
     * @return the pipeline's display name, or empty
     * @since 0.1
     */
    public String name() { return name; }

    /**
     * @return what the pipeline is for, or empty
     * @since 0.1
     */
    public String description() { return description; }

    /**
     * @return the simulation settings (mutable)
     * @since 0.1
     */
    public SimulationSettings simulation() { return simulation; }

    /**
     * @return the nodes in file order (mutable)
     * @since 0.1
     */
    public List<Node> nodes() { return nodes; }

    /**
     * @return the connections in file order (mutable)
     * @since 0.1
     */
    public List<Connection> connections() { return connections; }

    /**
     * @return the scenarios (mutable); empty means one run with the nodes as they are
     * @since 0.1
     */
    public List<Scenario> scenarios() { return scenarios; }

    /**
     * @return node id to diagram position {x, y} (mutable)
     * @since 0.1
     */
    public Map<String, double[]> layout() { return layout; }

    /**
     * @return this pipeline, with the name set (null means empty)
     * @since 0.1
     */
    public Pipeline name(String v) { name = v == null ? "" : v; return this; }

    /**
     * @return this pipeline, with the description set (null means empty)
     * @since 0.1
     */
    public Pipeline description(String v) { description = v == null ? "" : v; return this; }

    /**
     * @return this pipeline, with other simulation settings
     * @since 0.1
     */
    public Pipeline simulation(SimulationSettings v) { simulation = v; return this; }

    /**
     * @return this pipeline, with the node appended
     * @since 0.1
     */
    public Pipeline add(Node n) { nodes.add(n); return this; }

    /**
     * @param from {@code node.port} of an output
     * @param to {@code node.port} of an input
     * @return this pipeline, with the connection appended
     * @since 0.1
     */
    public Pipeline connect(String from, String to) { connections.add(Connection.of(from, to)); return this; }

    /**
     * @return the node with that id, or null
     * @since 0.1
     */
    public Node node(String id) {
        for (Node n : nodes) {
            if (n.id().equals(id)) {
                return n;
            }
        }
        return null;
    }

    /**
     * @return a deep copy
     * @since 0.1
     */
    public Pipeline copy() {
        Pipeline p = new Pipeline().name(name).description(description).simulation(simulation.copy());
        nodes.forEach(n -> p.nodes.add(n.copy()));
        p.connections.addAll(connections);
        scenarios.forEach(s -> p.scenarios.add(s.copy()));
        layout.forEach((k, v) -> p.layout.put(k, v.clone()));
        return p;
    }
}
