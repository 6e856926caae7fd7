package org.ldnworkbench.ui.internal.editor.pages;

import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.mechanism.PresetSpec;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.PortRef;
import org.ldnworkbench.core.pipeline.Scenario;

/**
 * The value a run uses for one parameter of one node, and the layer it comes from. The rule is the compiler's (see
 * {@code PipelineCompiler}): the mechanism's default, then the node's preset (the mechanism's default preset when
 * the node names none), then the node's own value, then the run's scenario, its preset for the node before its
 * values; a value the compiler would refuse (out of range, not whole, an unknown preset) sets nothing. The compiler
 * keeps its resolution internal, so the pages reproduce it here from API types.
 *
 * @param value the value a run uses
 * @param origin the layer that set it
 * @param via the preset id for {@link Origin#PRESET} and {@link Origin#SCENARIO_PRESET}, else empty
 */
public record EffectiveValue(double value, Origin origin, String via) {
    /** Where a value comes from, lowest layer first. */
    public enum Origin {
        /** The mechanism's declared default. */
        DEFAULT,
        /** The node's preset, or the mechanism's default preset. */
        PRESET,
        /** The node's own value in the file. */
        NODE,
        /** The preset the scenario chooses for the node. */
        SCENARIO_PRESET,
        /** The scenario's value for {@code node.param}. */
        SCENARIO;

        /** @return whether a scenario set the value */
        public boolean isScenario() {
            return this == SCENARIO_PRESET || this == SCENARIO;
        }
    }

    /**
     * @param node the node
     * @param spec its mechanism
     * @param parameter one of the mechanism's parameters
     * @param scenario the run's scenario, or null for the node as it stands
     * @return the value a run of that scenario uses
     */
    public static EffectiveValue of(Node node, MechanismSpec spec, ParameterSpec parameter, Scenario scenario) {
        EffectiveValue v = new EffectiveValue(parameter.defaultValue(), Origin.DEFAULT, "");
        PresetSpec preset = node.preset() == null ? spec.defaultPreset() : spec.preset(node.preset());
        v = v.fromPreset(preset, parameter, Origin.PRESET);
        v = v.fromValue(node.parameters().get(parameter.name()), parameter, Origin.NODE);
        if (scenario != null) {
            String scenarioPreset = scenario.presets().get(node.id());
            if (scenarioPreset != null) {
                v = v.fromPreset(spec.preset(scenarioPreset), parameter, Origin.SCENARIO_PRESET);
            }
            String key = new PortRef(node.id(), parameter.name()).toString();
            v = v.fromValue(scenario.parameters().get(key), parameter, Origin.SCENARIO);
        }
        return v;
    }

    private EffectiveValue fromPreset(PresetSpec preset, ParameterSpec parameter, Origin layer) {
        Double set = preset == null ? null : preset.values().get(parameter.name());
        return set == null ? this : new EffectiveValue(set, layer, preset.id());
    }

    private EffectiveValue fromValue(Double set, ParameterSpec parameter, Origin layer) {
        return set == null || !parameter.accepts(set) ? this : new EffectiveValue(set, layer, "");
    }
}
