package org.ldnworkbench.ui.internal.results.live;

import java.util.ArrayList;
import java.util.List;

import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PortRef;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.ui.internal.editor.pages.EffectiveValue;

/**
 * A parameter the sweep bar can move: a scalar parameter of one node of the pipeline. Tables (a dosing schedule)
 * are not parameters of the mechanism's list and so never appear: one slider cannot move a table.
 *
 * @param node the node's id
 * @param spec the parameter's declaration
 */
public record SweepParameter(String node, ParameterSpec spec) {
    /** The mechanism whose dose the sweep bar offers first: the dose is what a pharmacologist sweeps first. */
    static final String DOSING_MECHANISM = "org.ldnworkbench.pk.oralDosing";
    /** The dose parameter of {@link #DOSING_MECHANISM}. */
    static final String DOSE = "amount";

    /** @return {@code node.parameter}, the key of scenarios and parameter layers */
    public String key() {
        return new PortRef(node, spec.name()).toString();
    }

    /**
     * @param pipeline the pipeline
     * @param catalog the installed mechanisms; nodes of unknown mechanisms offer nothing
     * @return every scalar parameter of every node, in node and declaration order
     */
    public static List<SweepParameter> of(Pipeline pipeline, MechanismCatalog catalog) {
        List<SweepParameter> all = new ArrayList<>();
        for (Node n : pipeline.nodes()) {
            MechanismSpec spec = catalog.spec(n.mechanism());
            if (spec != null) {
                spec.parameters().forEach(p -> all.add(new SweepParameter(n.id(), p)));
            }
        }
        return all;
    }

    /**
     * @return the dose of the first dosing node when there is one, else the first parameter; -1 when there is none
     */
    public static int preferred(List<SweepParameter> choices, Pipeline pipeline) {
        for (int i = 0; i < choices.size(); i++) {
            SweepParameter c = choices.get(i);
            Node n = pipeline.node(c.node());
            if (n != null && DOSING_MECHANISM.equals(n.mechanism()) && DOSE.equals(c.spec().name())) {
                return i;
            }
        }
        return choices.isEmpty() ? -1 : 0;
    }

    /**
     * @return the value the pipeline gives this parameter outside any scenario (the node's, its preset's or the
     *         default), or NaN when the node is gone
     */
    public double pipelineValue(Pipeline pipeline, MechanismCatalog catalog) {
        Node n = pipeline.node(node);
        MechanismSpec mechanism = n == null ? null : catalog.spec(n.mechanism());
        return mechanism == null ? Double.NaN : EffectiveValue.of(n, mechanism, spec, null).value();
    }

    /** @return how many of the pipeline's scenarios set their own value of this parameter */
    public long scenariosSetting(Pipeline pipeline) {
        String key = key();
        return pipeline.scenarios().stream().filter(s -> s.parameters().containsKey(key)).count();
    }

    /**
     * Writes a value into a pipeline as a sweep showed it: on the node, and on every scenario that sets its own value
     * (the sweep's value replaced theirs in every run).
     */
    public void write(Pipeline pipeline, double value) {
        Node n = pipeline.node(node);
        if (n == null) {
            throw new IllegalStateException("the pipeline has no node '" + node + "' any more");
        }
        n.parameter(spec.name(), value);
        String key = key();
        for (Scenario s : pipeline.scenarios()) {
            s.parameters().computeIfPresent(key, (k, v) -> value);
        }
    }
}
