package org.ldnworkbench.core.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ldnworkbench.core.internal.engine.CompiledPlans;
import org.ldnworkbench.core.internal.engine.Plan;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.pipeline.SimulationSettings;

/**
 * A pipeline checked and compiled for one scenario: immutable, and runnable any number of times, from several
 * threads at once, by {@link Simulator}.
 *
 * @since 0.1
 */
public final class CompiledPipeline {
    static {
        CompiledPlans.grant(c -> c.plan);
    }

    /**
     * A recorded output column: {@code node.output} with its unit, node and mechanism.
     *
     * @param node the id of the node whose output this is
     * @param output the name of the output among the mechanism's outputs
     * @param unit the output's unit
     * @param mechanism the declaration of the node's mechanism
     *
     * @since 0.1
     * @noinstantiate This record is not intended to be instantiated by clients; the compiler makes the columns.
     */
    public record Column(String node, String output, String unit, MechanismSpec mechanism) {
        /**
         * @return {@code node.output}, the column's name in results
         * @since 0.1
         */
        public String name() { return node + "." + output; }

        @Override
        public String toString() {
            return name() + " [" + unit + "]";
        }
    }

    private final String name;
    private final String scenarioId;
    private final String scenarioName;
    private final SimulationSettings settings;
    private final List<Column> columns;
    private final Plan plan;
    private final MechanismCatalog catalog;

    CompiledPipeline(String name, String scenarioId, String scenarioName, SimulationSettings settings,
            List<Column> columns, Plan plan, MechanismCatalog catalog) {
        this.name = name;
        this.scenarioId = scenarioId;
        this.scenarioName = scenarioName;
        this.settings = settings.copy();
        this.columns = List.copyOf(columns);
        this.plan = plan;
        this.catalog = catalog;
    }

    /** @return where the mechanisms came from: a mechanism whose call never returns is quarantined there */
    MechanismCatalog catalog() {
        return catalog;
    }

    /**
     * @return the pipeline's name, as in its file
     * @since 0.1
     */
    public String name() { return name; }

    /**
     * @return the scenario id, or empty when the pipeline has no scenarios
     * @since 0.1
     */
    public String scenarioId() { return scenarioId; }
    /**
     * @return the scenario's display name, or the pipeline's name
     * @since 0.1
     */
    public String scenarioName() { return scenarioName; }
    /**
     * @return a copy of the simulation settings
     * @since 0.1
     */
    public SimulationSettings settings() { return settings.copy(); }
    /**
     * @return the recorded outputs, in node order
     * @since 0.1
     */
    public List<Column> columns() { return columns; }

    /**
     * @param nodeId a node of the pipeline
     * @return the node's parameter values as this run uses them, after every layer (defaults, presets, the node's
     *         values, the scenario, overrides): parameter name to value in the mechanism's declaration order,
     *         unmodifiable
     * @throws IllegalArgumentException when the pipeline has no such node
     * @since 0.1
     */
    public Map<String, Double> parameterValues(String nodeId) {
        for (int n = 0; n < plan.nodeCount(); n++) {
            if (plan.nodeId(n).equals(nodeId)) {
                double[] values = plan.parameterValues(n);
                Map<String, Double> named = new LinkedHashMap<>();
                for (int k = 0; k < values.length; k++) {
                    named.put(plan.parameterName(n, k), values[k]);
                }
                return Collections.unmodifiableMap(named);
            }
        }
        throw new IllegalArgumentException("no node '" + nodeId + "' in the compiled pipeline " + name);
    }
}
