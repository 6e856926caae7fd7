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

    public Node(String id, String mechanism) {
        this.id = Objects.requireNonNull(id, "id");
        this.mechanism = Objects.requireNonNull(mechanism, "mechanism");
    }

    public String id() { return id; }
    public String mechanism() { return mechanism; }
    /** @return the preset id, or null for the mechanism's default preset */
    public String preset() { return preset; }
    /** @return parameter overrides in file order (mutable) */
    public Map<String, Double> parameters() { return parameters; }
    /** @return table parameters by name, rows of numbers (mutable) */
    public Map<String, double[][]> tables() { return tables; }

    public Node id(String v) { id = Objects.requireNonNull(v); return this; }
    public Node mechanism(String v) { mechanism = Objects.requireNonNull(v); return this; }
    public Node preset(String v) { preset = v; return this; }
    public Node parameter(String name, double value) { parameters.put(name, value); return this; }

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
