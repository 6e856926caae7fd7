package org.ldnworkbench.core.internal.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.mechanism.PresetSpec;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.PortRef;

/**
 * The parameter step: each node's values resolved in the documented layer order, every value checked (known, in
 * range, whole where declared): the mechanism's defaults, the node's preset (or the mechanism's default preset), the
 * node's own values, then each layer in turn (a scenario, then the command line), its preset for this node before
 * its values. A later layer's preset thus replaces the values it sets, the node's own included.
 */
final class ParameterValues {
    private ParameterValues() {
    }

    /**
     * A parameter value set by the node or a layer: the parameter's name, the value, the field naming it in
     * messages, and the layer (-1 for the node itself, then the index in the run's layers).
     */
    private record Assignment(String name, double value, String field, int layer) {
    }

    /** @return per node, its resolved values in declaration order; null for nodes of unknown mechanisms */
    static double[][] resolve(NodeTable table, List<Layer> layers, List<Problem> problems) {
        Map<String, List<Assignment>> layerValues = layerValuesByNode(layers);
        double[][] params = new double[table.size()][];
        for (int i = 0; i < table.size(); i++) {
            if (table.specs()[i] != null) {
                params[i] = resolve(table.nodes().get(i), table.specs()[i], layers,
                        layerValues.getOrDefault(table.id(i), List.of()), problems);
            }
        }
        return params;
    }

    /**
     * The layers' parameter values grouped by node, in layer order, in one pass over the layers (resolving each
     * node against every layer value would be quadratic in the size of the file).
     */
    private static Map<String, List<Assignment>> layerValuesByNode(List<Layer> layers) {
        Map<String, List<Assignment>> byNode = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            int layer = i;
            l.values().forEach((key, v) -> {
                PortRef ref = PortRef.parse(key);
                byNode.computeIfAbsent(ref.node(), k -> new ArrayList<>())
                        .add(new Assignment(ref.port(), v, l.field("parameters." + key), layer));
            });
        }
        return byNode;
    }

    private static double[] resolve(Node node, MechanismSpec spec, List<Layer> layers, List<Assignment> layerValues,
            List<Problem> problems) {
        double[] p = new double[spec.parameters().size()];
        for (int k = 0; k < p.length; k++) {
            p[k] = spec.parameters().get(k).defaultValue();
        }
        if (node.preset() == null) {
            applyPreset(spec.defaultPreset(), p, spec);
        } else {
            applyPreset(preset(node, spec, node.preset(), "preset", problems), p, spec);
        }
        node.parameters().forEach((k, v) -> assign(new Assignment(k, v, "parameters." + k, -1), node, spec, p,
                problems));
        int next = 0;
        for (int i = 0; i < layers.size(); i++) {
            Layer l = layers.get(i);
            String presetId = l.presets().get(node.id());
            if (presetId != null) {
                applyPreset(preset(node, spec, presetId, l.field("presets." + node.id()), problems), p, spec);
            }
            for (; next < layerValues.size() && layerValues.get(next).layer() == i; next++) {
                assign(layerValues.get(next), node, spec, p, problems);
            }
        }
        return p;
    }

    /** @return the preset of that id, or null after reporting that the mechanism has none */
    private static PresetSpec preset(Node node, MechanismSpec spec, String presetId, String field,
            List<Problem> problems) {
        PresetSpec preset = spec.preset(presetId);
        if (preset == null) {
            problems.add(new Problem(node.id(), field, "mechanism " + spec.id() + " has no preset '" + presetId
                    + "'" + (spec.presets().isEmpty() ? "" : " (presets: "
                            + String.join(", ", spec.presets().stream().map(PresetSpec::id).toList()) + ")")));
        }
        return preset;
    }

    private static void applyPreset(PresetSpec preset, double[] p, MechanismSpec spec) {
        if (preset != null) {
            preset.values().forEach((name, v) -> p[spec.parameterIndex(name)] = v);
        }
    }

    /** Sets one value after checking that the parameter exists, its value is in range and, if so declared, whole. */
    private static void assign(Assignment a, Node node, MechanismSpec spec, double[] p, List<Problem> problems) {
        String name = a.name();
        double v = a.value();
        int k = spec.parameterIndex(name);
        if (k < 0) {
            problems.add(new Problem(node.id(), a.field(), "mechanism " + spec.id() + " has no parameter '"
                    + name + "' (parameters: " + String.join(", ", spec.parameters().stream()
                            .map(ParameterSpec::name).toList()) + ")"));
            return;
        }
        ParameterSpec ps = spec.parameters().get(k);
        if (!ps.inRange(v)) {
            problems.add(new Problem(node.id(), a.field(), name + " = " + v + " " + ps.unit()
                    + " is outside its range [" + ps.min() + ", " + ps.max() + "]"));
            return;
        }
        if (!ps.accepts(v)) {
            problems.add(new Problem(node.id(), a.field(), name + " = " + v + " is not a whole number: "
                    + name + " is an integer parameter of " + spec.id()));
            return;
        }
        p[k] = v;
    }
}
