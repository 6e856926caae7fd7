package org.ldnworkbench.core.internal.compiler;

import java.util.Map;

import org.ldnworkbench.core.internal.pipeline.PipelineRules;
import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.ParameterLayer;
import org.ldnworkbench.core.pipeline.Scenario;

/**
 * One layer of presets and values above the nodes' own, as the compiler applies it: a scenario (of the file, or
 * given in code) or a {@link ParameterLayer} from outside the file. The two differ only in how their problems name
 * them.
 *
 * @param name prefixes the fields of its problems: {@code scenario 'low'}, {@code command line}
 * @param where locates its keys for {@link PipelineRules}: {@code scenarios[0]}, {@code 'command line'}
 * @param presets node id to preset id
 * @param values {@code node.param} to value
 */
public record Layer(String name, String where, Map<String, String> presets, Map<String, Double> values) {

    /**
     * @param index the scenario's position in the pipeline, or -1 for a scenario that is not one of its own
     * @return the layer of a scenario
     */
    public static Layer of(Scenario s, int index) {
        return new Layer("scenario '" + s.id() + "'", index >= 0 ? "scenarios[" + index + "]"
                : "layer " + Names.quote(s.id()), s.presets(), s.parameters());
    }

    /** @return the layer of values set outside the file, named by its origin */
    public static Layer of(ParameterLayer l) {
        return new Layer(l.origin(), Names.quote(l.origin()), l.presets(), l.values());
    }

    /** @return a field of this layer for a problem, e.g. {@code command line parameters.pk.ka} */
    String field(String field) {
        return name + " " + field;
    }

    PipelineRules.LayerKeys keys() {
        return new PipelineRules.LayerKeys(where, presets, values.keySet());
    }
}
