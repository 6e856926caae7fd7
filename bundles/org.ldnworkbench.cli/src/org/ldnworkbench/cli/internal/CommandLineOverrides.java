package org.ldnworkbench.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PortRef;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.core.results.SummaryJson;

/**
 * The {@code --set} and {@code --preset} layer of one command line ({@link Cli#overrides}) and the three places it
 * is recorded, so that results never claim what they are not: the pipeline copy in the results folder (which then
 * reproduces the run by itself), {@code summary.json}, and the printed tables, where an overridden scenario's name
 * gets a {@value #MARK} and a footnote says what was overridden (a "50 mg" scenario run with
 * {@code --set dosing.amount=3} is a 3 mg run).
 *
 * @param layer the command-line layer, applied after the pipeline's scenarios
 */
record CommandLineOverrides(Scenario layer) {
    /** Appended to the names of scenarios run with overrides. */
    static final String MARK = " *";

    boolean isEmpty() {
        return layer.parameters().isEmpty() && layer.presets().isEmpty();
    }

    /** @return the overrides for summary.json: the sets, then the presets, each in command-line order */
    List<SummaryJson.Override> list() {
        List<SummaryJson.Override> l = new ArrayList<>();
        layer.parameters().forEach((k, v) -> l.add(SummaryJson.Override.set(k, v)));
        layer.presets().forEach((k, v) -> l.add(SummaryJson.Override.preset(k, v)));
        return l;
    }

    /** @return a scenario's (or the pipeline's) name for a table, marked when overridden */
    String label(String name) {
        return TextTable.name(name) + (isEmpty() ? "" : MARK);
    }

    /**
     * @return {@code * overridden on the command line: dosing.amount = 3, receptor preset rapid-equilibrium}, or
     *         null when nothing was overridden
     */
    String footnote() {
        return isEmpty() ? null : MARK.trim() + " overridden on the command line: " + describe();
    }

    private String describe() {
        List<String> parts = new ArrayList<>();
        layer.parameters().forEach((k, v) -> parts.add(Names.escape(k) + " = " + Numbers.exact(v)));
        layer.presets().forEach((k, v) -> parts.add(Names.escape(k) + " preset " + Names.escape(v)));
        return String.join(", ", parts);
    }

    /**
     * The pipeline as it was run, for the copy in the results folder: without scenarios the overrides go into the
     * nodes (a preset replaces the node's preset, a value its parameter); with scenarios into every scenario,
     * replacing the scenario's own value, because command-line overrides apply after the scenarios. The
     * description notes the overrides. Running the copy computes exactly the same numbers.
     *
     * @param p the pipeline as read (not changed)
     * @return a copy with the overrides applied, or {@code p} itself when there are none
     */
    Pipeline appliedTo(Pipeline p) {
        if (isEmpty()) {
            return p;
        }
        Pipeline copy = p.copy();
        if (copy.scenarios().isEmpty()) {
            layer.presets().forEach((node, preset) -> node(copy, node).preset(preset));
            layer.parameters().forEach((key, v) -> {
                PortRef ref = PortRef.parse(key);
                node(copy, ref.node()).parameter(ref.port(), v);
            });
        } else {
            for (Scenario s : copy.scenarios()) {
                s.presets().putAll(layer.presets());
                s.parameters().putAll(layer.parameters());
            }
        }
        String note = "[run with command-line overrides: " + describe() + "]";
        copy.description(copy.description().isEmpty() ? note : copy.description() + " " + note);
        return copy;
    }

    private static Node node(Pipeline p, String id) {
        Node n = p.node(id);
        if (n == null) {
            // the compiler refused the run before anything is written
            throw new IllegalStateException("no node '" + id + "' for a command-line override");
        }
        return n;
    }
}
