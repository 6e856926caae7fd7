package org.ldnworkbench.core.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A named variant of a pipeline (a regimen or a hypothesis): parameter values ({@code node.param}) and presets
 * ({@code node}) that replace those of the nodes. A pipeline with scenarios runs once per scenario and the results
 * are compared side by side.
 *
 * @since 0.1
 */
public final class Scenario {
    private String id;
    private String name;
    private final Map<String, Double> parameters = new LinkedHashMap<>();
    private final Map<String, String> presets = new LinkedHashMap<>();

    /**
     * @param id the scenario id, unique in its pipeline
     * @param name the display name; null or blank means the id
     * @since 0.1
     */
    public Scenario(String id, String name) {
        this.id = Objects.requireNonNull(id);
        this.name = name == null || name.isBlank() ? id : name;
    }

    /**
     * @return the scenario id, unique in its pipeline
     * @since 0.1
     */
    public String id() { return id; }

    /**
     * @return the display name
     * @since 0.1
     */
    public String name() { return name; }

    /**
     * @return {@code node.param} to value (mutable)
     * @since 0.1
     */
    public Map<String, Double> parameters() { return parameters; }

    /**
     * @return node id to preset id (mutable)
     * @since 0.1
     */
    public Map<String, String> presets() { return presets; }

    /**
     * @return this scenario, with another id
     * @since 0.1
     */
    public Scenario id(String v) { id = Objects.requireNonNull(v); return this; }

    /**
     * @param v the display name; null or blank means the id, as in the constructor
     * @since 0.1
     */
    public Scenario name(String v) { name = v == null || v.isBlank() ? id : v; return this; }

    /**
     * @return a copy with its own maps
     * @since 0.1
     */
    public Scenario copy() {
        Scenario s = new Scenario(id, name);
        s.parameters.putAll(parameters);
        s.presets.putAll(presets);
        return s;
    }
}
