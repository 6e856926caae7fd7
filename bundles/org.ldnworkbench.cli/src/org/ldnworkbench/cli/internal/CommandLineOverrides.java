package org.ldnworkbench.cli.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.PresetSpec;

import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.ParameterLayer;
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
record CommandLineOverrides(ParameterLayer layer) {
    /** Appended to the names of scenarios run with overrides. */
    static final String MARK = " *";

    boolean isEmpty() {
        return layer.isEmpty();
    }

    /** @return the overrides for summary.json: the sets, then the presets, each in command-line order */
    List<SummaryJson.Override> list() {
        List<SummaryJson.Override> l = new ArrayList<>();
        layer.values().forEach((k, v) -> l.add(SummaryJson.Override.set(k, v)));
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
        layer.values().forEach((k, v) -> parts.add(Names.escape(k) + " = " + Numbers.exact(v)));
        layer.presets().forEach((k, v) -> parts.add(Names.escape(k) + " preset " + Names.escape(v)));
        return String.join(", ", parts);
    }

    /** Marks where the pipeline's own description was cut to make room for the override note. */
    static final String CUT = " [...]";
    private static final String NOTE_START = "[run with command-line overrides: ";

    /**
     * The pipeline as it was run, for the copy in the results folder, with the overrides placed where they change
     * the least, so that the copy gains at most one setting per override and stays within the reader's limits:
     * <ul>
     * <li>{@code --set node.p=v} replaces the value in every scenario that sets {@code node.p} itself, and goes into
     * the node's parameters when there are no scenarios or some scenario does not set it;</li>
     * <li>{@code --preset node=x} likewise replaces the preset of every scenario that sets one for the node, and
     * becomes the node's preset when some scenario (or the pipeline without scenarios) takes the node's.</li>
     * </ul>
     * The copy is then compiled and its resolved parameter values compared with the run's, node by node and
     * scenario by scenario, so that it is consistent with the compiler's layer order whichever it is: a node value
     * that the command-line preset overrode in the run (a later layer's preset beating the node's own values) is
     * removed from the node when the run used the preset's value for it in every scenario; any value that still
     * differs is written explicitly into the scenario (or node) that differs. Running the copy computes exactly the
     * same numbers. The description notes the overrides, within {@link Names#MAX_DESCRIPTION_LENGTH}.
     *
     * @param p the pipeline as read (not changed)
     * @param run the compiled runs of {@code p} with these overrides, one per scenario
     * @param catalog the mechanisms the run was compiled with
     * @return a copy with the overrides applied, or {@code p} itself when there are none
     * @throws CompileException when the copy does not compile (it would not reproduce the run)
     */
    Pipeline appliedTo(Pipeline p, List<CompiledPipeline> run, MechanismCatalog catalog) throws CompileException {
        if (isEmpty()) {
            return p;
        }
        Pipeline copy = p.copy();
        List<Scenario> scenarios = copy.scenarios();
        Set<String> presetsInNodes = new HashSet<>();
        layer.presets().forEach((nodeId, preset) -> {
            boolean inherited = scenarios.isEmpty();
            for (Scenario s : scenarios) {
                if (s.presets().containsKey(nodeId)) {
                    s.presets().put(nodeId, preset);
                } else {
                    inherited = true;
                }
            }
            if (inherited) {
                node(copy, nodeId).preset(preset);
                presetsInNodes.add(nodeId);
            }
        });
        layer.values().forEach((key, v) -> {
            PortRef ref = PortRef.parse(key);
            boolean inherited = scenarios.isEmpty();
            for (Scenario s : scenarios) {
                if (s.parameters().containsKey(key)) {
                    s.parameters().put(key, v);
                } else {
                    inherited = true;
                }
            }
            if (inherited) {
                node(copy, ref.node()).parameter(ref.port(), v);
            }
        });
        PipelineCompiler compiler = new PipelineCompiler(catalog);
        List<CompiledPipeline> again = compiler.compileAll(copy, "the pipeline copy", List.of());
        // node values the run replaced by the command-line preset: removed from the node when every run used the
        // preset's value for them (they were set on the node, not on the command line)
        for (String nodeId : presetsInNodes) {
            Node n = node(copy, nodeId);
            MechanismSpec spec = catalog.spec(n.mechanism());
            PresetSpec preset = spec == null ? null : spec.preset(n.preset());
            if (preset == null) {
                continue;
            }
            for (Map.Entry<String, Double> e : preset.values().entrySet()) {
                String name = e.getKey();
                int k = spec.parameterIndex(name);
                if (k < 0 || !n.parameters().containsKey(name) || layer.values().containsKey(nodeId + "." + name)) {
                    continue;
                }
                boolean presetWon = true;
                for (int r = 0; r < run.size() && presetWon; r++) {
                    double used = values(run.get(r), nodeId)[k];
                    double inCopy = values(again.get(r), nodeId)[k];
                    presetWon = Double.compare(used, inCopy) != 0 && Double.compare(used, e.getValue()) == 0;
                }
                if (presetWon) {
                    n.parameters().remove(name);
                }
            }
        }
        again = compiler.compileAll(copy, "the pipeline copy", List.of());
        // whatever still differs (a layer order that puts a scenario's preset above the node's value the
        // command line set) is written explicitly where it differs
        boolean changed = false;
        for (int r = 0; r < run.size(); r++) {
            for (Node n : copy.nodes()) {
                MechanismSpec spec = catalog.spec(n.mechanism());
                double[] used = values(run.get(r), n.id());
                double[] inCopy = values(again.get(r), n.id());
                for (int k = 0; k < used.length; k++) {
                    if (Double.compare(used[k], inCopy[k]) != 0) {
                        String name = spec.parameters().get(k).name();
                        if (scenarios.isEmpty()) {
                            n.parameter(name, used[k]);
                        } else {
                            scenarios.get(r).parameters().put(n.id() + "." + name, used[k]);
                        }
                        changed = true;
                    }
                }
            }
        }
        if (changed) {
            compiler.compileAll(copy, "the pipeline copy", List.of());
        }
        copy.description(describedWithNote(copy.description(), NOTE_START + describe() + "]"));
        return copy;
    }

    /**
     * @return {@code description NOTE}, at most {@link Names#MAX_DESCRIPTION_LENGTH} characters: the description's
     *         tail is cut (marked {@value #CUT}) to make room for the note, and a note longer than the limit by
     *         itself is cut too (ending in {@code ...]}); never splits a surrogate pair
     */
    static String describedWithNote(String description, String note) {
        int max = Names.MAX_DESCRIPTION_LENGTH;
        if (note.length() > max) {
            return cut(note, max - 4) + "...]";
        }
        if (description.isEmpty()) {
            return note;
        }
        if (description.length() + 1 + note.length() <= max) {
            return description + " " + note;
        }
        int room = max - note.length() - 1 - CUT.length();
        return room <= 0 ? note : cut(description, room) + CUT + " " + note;
    }

    private static String cut(String s, int length) {
        int end = Math.min(length, s.length());
        if (end > 0 && end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** @return the resolved parameter values of a node in a compiled run, in declaration order */
    private static double[] values(CompiledPipeline c, String nodeId) {
        return c.parameterValues(nodeId).values().stream().mapToDouble(Double::doubleValue).toArray();
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
