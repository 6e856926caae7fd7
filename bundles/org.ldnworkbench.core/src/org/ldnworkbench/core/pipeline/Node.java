package org.ldnworkbench.core.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One mechanism instance in a pipeline: user-chosen id, mechanism id, optional preset, parameter overrides.
 *
 * @since 0.1
 */
public final class Node {
    private String id;
    private String mechanism;
    private String preset;
    private final Map<String, Double> parameters = new LinkedHashMap<>();
    private final Map<String, double[][]> tables = new LinkedHashMap<>();

    /**
     * @param id the node's id, unique in its pipeline
     * @param mechanism the id of the mechanism it instantiates
     * @since 0.1
     */
    public Node(String id, String mechanism) {
        this.id = Objects.requireNonNull(id, "id");
        this.mechanism = Objects.requireNonNull(mechanism, "mechanism");
    }

    /**
     * @return the node's id, unique in its pipeline
     * @since 0.1
     */
    public String id() { return id; }

    /**
     * @return the id of the mechanism the node instantiates
     * @since 0.1
     */
    public String mechanism() { return mechanism; }

    /**
     * @return the preset id, or null for the mechanism's default preset
     * @since 0.1
     */
    public String preset() { return preset; }

    /**
     * @return parameter overrides in file order (mutable)
     * @since 0.1
     */
    public Map<String, Double> parameters() { return parameters; }

    /**
     * @return table parameters by name, rows of numbers (mutable)
     * @since 0.1
     */
    public Map<String, double[][]> tables() { return tables; }

    /**
     * @return this node, renamed
     * @since 0.1
     */
    public Node id(String v) { id = Objects.requireNonNull(v); return this; }

    /**
     * @return this node, with another mechanism id
     * @since 0.1
     */
    public Node mechanism(String v) { mechanism = Objects.requireNonNull(v); return this; }

    /**
     * @return this node, with the preset id set (null for the mechanism's default preset)
     * @since 0.1
     */
    public Node preset(String v) { preset = v; return this; }

    /**
     * @return this node, with a parameter override added or replaced
     * @since 0.1
     */
    public Node parameter(String name, double value) { parameters.put(name, value); return this; }

    /**
     * @return a deep copy, tables included
     * @since 0.1
     */
    public Node copy() {
        Node n = new Node(id, mechanism).preset(preset);
        n.parameters.putAll(parameters);
        tables.forEach((k, v) -> {
            double[][] rows = new double[v.length][];
            for (int i = 0; i < v.length; i++) {
                rows[i] = v[i].clone();
            }
            n.tables.put(k, rows);
        });
        return n;
    }

    @Override
    public String toString() {
        return id + ":" + mechanism;
    }
}
