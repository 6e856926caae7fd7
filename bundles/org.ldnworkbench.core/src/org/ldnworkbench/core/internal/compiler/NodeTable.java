package org.ldnworkbench.core.internal.compiler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.internal.pipeline.PipelineRules;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PortRef;

/**
 * The first step: the pipeline's nodes with their declarations, and every reference to a node (layer keys, layout)
 * checked against them.
 *
 * @param nodes the nodes, in file order
 * @param specs per node, its mechanism's declaration, null when the mechanism is not installed
 * @param index node id to its position (the first, should ids repeat)
 */
public record NodeTable(List<Node> nodes, MechanismSpec[] specs, Map<String, Integer> index) {

    /**
     * The rules for names and references of {@link PipelineRules}, which the file reader applies too, so that a
     * pipeline built in code cannot carry what a file may not: ids that escape the results folder or clash ignoring
     * case, a connection listed twice, names that cannot be shown in a message. Layers from outside the pipeline
     * (command-line overrides) have their keys checked.
     *
     * @return whether every rule holds; the checks stop otherwise, because they quote these names in their messages
     */
    static boolean namesFollowTheRules(Pipeline pipeline, List<Layer> layers, List<Problem> problems) {
        List<PipelineRules.Violation> violations = PipelineRules.check(pipeline,
                layers.stream().map(Layer::keys).toList());
        for (PipelineRules.Violation v : violations) {
            problems.add(new Problem("", v.field(), v.message()));
        }
        return violations.isEmpty();
    }

    /** Looks up each node's mechanism and reports unknown mechanisms and references to missing nodes. */
    static NodeTable resolve(Pipeline pipeline, List<Layer> layers, MechanismCatalog catalog,
            List<Problem> problems) {
        List<Node> nodes = pipeline.nodes();
        Map<String, Integer> index = new LinkedHashMap<>();
        MechanismSpec[] specs = new MechanismSpec[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            index.putIfAbsent(n.id(), i);
            specs[i] = catalog.spec(n.mechanism());
            if (specs[i] == null) {
                problems.add(new Problem(n.id(), "mechanism", "unknown mechanism '" + n.mechanism()
                        + "' (not installed; `ldnwb list` shows the installed ones)"));
            }
        }
        if (nodes.isEmpty()) {
            problems.add(new Problem("", "nodes", "the pipeline has no nodes"));
        }
        for (Layer layer : layers) {
            for (String key : layer.presets().keySet()) {
                if (!index.containsKey(key)) {
                    problems.add(new Problem("", layer.field("presets." + key), "no node '" + key + "'"));
                }
            }
            for (String key : layer.values().keySet()) {
                PortRef ref = PortRef.parse(key);
                if (!index.containsKey(ref.node())) {
                    problems.add(new Problem("", layer.field("parameters." + key), "no node '" + ref.node() + "'"));
                }
            }
        }
        for (String key : pipeline.layout().keySet()) {
            if (!index.containsKey(key)) {
                problems.add(new Problem("", "layout." + key, "no node '" + key + "'"));
            }
        }
        return new NodeTable(nodes, specs, index);
    }

    public int size() {
        return nodes.size();
    }

    public String id(int i) {
        return nodes.get(i).id();
    }
}
