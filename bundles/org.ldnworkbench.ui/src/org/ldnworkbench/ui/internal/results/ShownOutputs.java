package org.ldnworkbench.ui.internal.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ldnworkbench.ui.internal.runs.OutputColumn;
import org.ldnworkbench.ui.internal.runs.RunData;

/**
 * The outputs the Results view offers in its tree: the union of the shown runs' output columns by {@code node.output}
 * (first appearance wins, so the first run's description and unit name it), grouped by node, and the outputs charted
 * by default.
 */
public final class ShownOutputs {
    /**
     * Charted when present, in this order: the three outputs the LDN question is about (how much of the receptor is
     * blocked, the rebound signalling it causes, the glial activation).
     */
    public static final List<String> PREFERRED = List.of("receptor.occupancy", "rebound.signaling",
            "inflammation.glialActivation");

    private final Map<String, OutputColumn> byName;

    private ShownOutputs(Map<String, OutputColumn> byName) {
        this.byName = byName;
    }

    /** @return the outputs of {@code runs} */
    public static ShownOutputs of(List<RunData> runs) {
        Map<String, OutputColumn> byName = new LinkedHashMap<>();
        for (RunData run : runs) {
            for (OutputColumn o : run.outputs()) {
                byName.putIfAbsent(o.name(), o);
            }
        }
        return new ShownOutputs(byName);
    }

    /** @return every output, in order of first appearance */
    public List<OutputColumn> all() {
        return List.copyOf(byName.values());
    }

    /** @return the output named {@code node.output}, or null */
    public OutputColumn named(String name) {
        return byName.get(name);
    }

    /** @return the node ids, in order of first appearance */
    public List<String> nodes() {
        Set<String> nodes = new LinkedHashSet<>();
        byName.values().forEach(o -> nodes.add(o.node()));
        return List.copyOf(nodes);
    }

    /** @return the outputs of {@code node}, in order */
    public List<OutputColumn> of(String node) {
        return byName.values().stream().filter(o -> o.node().equals(node)).toList();
    }

    /**
     * @return the names charted when the user has chosen nothing yet: those of {@link #PREFERRED} that exist, else the
     *         first output; empty when there are no outputs
     */
    public List<String> defaults() {
        List<String> chosen = new ArrayList<>();
        for (String name : PREFERRED) {
            if (byName.containsKey(name)) {
                chosen.add(name);
            }
        }
        if (chosen.isEmpty() && !byName.isEmpty()) {
            chosen.add(byName.keySet().iterator().next());
        }
        return chosen;
    }

    /**
     * The outputs to chart after the shown runs changed: the user's choice where those outputs still exist, the
     * defaults when none of them does (a run of another pipeline).
     *
     * @param checked the names checked so far, in order
     */
    public List<String> keep(List<String> checked) {
        List<String> kept = checked.stream().filter(byName::containsKey).toList();
        return kept.isEmpty() ? defaults() : kept;
    }

    /** @return the names in {@code chosen}, in tree order (node by node, then declaration order) */
    public List<String> inTreeOrder(java.util.Collection<String> chosen) {
        List<String> ordered = new ArrayList<>();
        for (String node : nodes()) {
            for (OutputColumn o : of(node)) {
                if (chosen.contains(o.name())) {
                    ordered.add(o.name());
                }
            }
        }
        return ordered;
    }
}
