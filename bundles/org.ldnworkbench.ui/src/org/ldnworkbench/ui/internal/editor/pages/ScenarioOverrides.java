package org.ldnworkbench.ui.internal.editor.pages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PortRef;
import org.ldnworkbench.core.pipeline.Scenario;

/**
 * The rows and cell texts of one scenario's overrides table, without SWT: a preset row and one row per parameter for
 * every node (so that an override is added by typing a value, never a key), then the keys the scenario sets that name
 * no node or parameter (a file being mended; they can only be removed).
 */
public final class ScenarioOverrides {
    /**
     * One row: a node's preset ({@code parameter} null) or one of its parameters.
     *
     * @param nodeId the node id as the key names it
     * @param parameter the parameter name, or null for the preset row
     */
    public record Row(String nodeId, String parameter) {
        /** @return the key in the scenario's map: {@code node} for presets, {@code node.param} for values */
        public String key() {
            return parameter == null ? nodeId : new PortRef(nodeId, parameter).toString();
        }
    }

    /** The table's columns, in order. */
    public enum Column {
        /** Node id. */
        NODE,
        /** Parameter name, or "preset". */
        SETTING,
        /** What the scenario sets (editable; blank: nothing). */
        SCENARIO,
        /** What a run of the scenario uses. */
        RUN,
        /** Unit. */
        UNIT,
        /** Range, or the presets to choose from. */
        RANGE,
        /** What the node has without the scenario, and from where. */
        NODE_VALUE
    }

    private final Pipeline pipeline;
    private final MechanismCatalog catalog;
    private final Scenario scenario;

    /**
     * @param pipeline the pipeline
     * @param catalog the installed mechanisms
     * @param scenario one of its scenarios
     */
    public ScenarioOverrides(Pipeline pipeline, MechanismCatalog catalog, Scenario scenario) {
        this.pipeline = pipeline;
        this.catalog = catalog;
        this.scenario = scenario;
    }

    /**
     * @param onlySet whether to list only what the scenario sets
     * @return the rows: every node's preset and parameters in file and declaration order, then unknown keys
     */
    public List<Row> rows(boolean onlySet) {
        Set<Row> rows = new LinkedHashSet<>();
        for (Node n : pipeline.nodes()) {
            MechanismSpec spec = catalog.spec(n.mechanism());
            if (spec == null) {
                continue;
            }
            if (!spec.presets().isEmpty()) {
                rows.add(new Row(n.id(), null));
            }
            spec.parameters().forEach(p -> rows.add(new Row(n.id(), p.name())));
        }
        scenario.presets().keySet().forEach(k -> rows.add(new Row(k, null)));
        for (String key : scenario.parameters().keySet()) {
            rows.add(parse(key));
        }
        List<Row> list = new ArrayList<>(rows);
        if (onlySet) {
            list.removeIf(r -> !isSet(r));
        }
        return list;
    }

    private static Row parse(String key) {
        int dot = key.lastIndexOf('.');
        return dot <= 0 || dot == key.length() - 1 ? new Row(key, "") : new Row(key.substring(0, dot),
                key.substring(dot + 1));
    }

    /** @return whether the scenario sets the row */
    public boolean isSet(Row row) {
        return row.parameter() == null ? scenario.presets().containsKey(row.nodeId())
                : scenario.parameters().containsKey(row.key());
    }

    /** @return the node's mechanism, or null when the node or mechanism is unknown */
    public MechanismSpec spec(Row row) {
        Node n = pipeline.node(row.nodeId());
        return n == null ? null : catalog.spec(n.mechanism());
    }

    /** @return the declaration of a parameter row, or null */
    public ParameterSpec parameter(Row row) {
        MechanismSpec spec = spec(row);
        return spec == null || row.parameter() == null ? null : spec.parameter(row.parameter());
    }

    /** @return what is wrong with the row's key (no such node, parameter or preset), or null */
    public String problem(Row row) {
        Node n = pipeline.node(row.nodeId());
        if (n == null) {
            return NLS.bind(Messages.ScenarioOverrides_noNode, row.nodeId());
        }
        MechanismSpec spec = spec(row);
        if (spec == null) {
            return NLS.bind(Messages.ParameterCells_unknown, n.mechanism());
        }
        if (row.parameter() == null) {
            String preset = scenario.presets().get(row.nodeId());
            return preset == null || spec.preset(preset) != null ? null
                    : NLS.bind(Messages.ScenarioOverrides_noPreset, spec.id(), preset);
        }
        ParameterSpec p = spec.parameter(row.parameter());
        if (p == null) {
            return NLS.bind(Messages.ScenarioOverrides_noParameter, spec.id(), row.parameter());
        }
        Double v = scenario.parameters().get(row.key());
        return v == null || p.accepts(v) ? null : ParameterInput.check(p, NumberText.show(v)).problem();
    }

    /** @return the cell text of a row in a column */
    public String text(Row row, Column column) {
        if (column == Column.NODE) {
            return row.nodeId();
        }
        if (column == Column.SETTING) {
            return row.parameter() == null ? Messages.ParameterCells_presetColumn : row.parameter();
        }
        MechanismSpec spec = spec(row);
        if (row.parameter() == null) {
            return presetText(row, spec, column);
        }
        ParameterSpec p = parameter(row);
        Double set = scenario.parameters().get(row.key());
        if (p == null) {
            return column == Column.SCENARIO && set != null ? NumberText.show(set) : "";
        }
        Node node = pipeline.node(row.nodeId());
        return switch (column) {
        case SCENARIO -> set == null ? "" : NumberText.show(set);
        case RUN -> runText(EffectiveValue.of(node, spec, p, scenario));
        case UNIT -> p.unit();
        case RANGE -> NumberText.range(p.min(), p.max()) + (p.integer() ? " " + Messages.ParameterCells_whole : "");
        case NODE_VALUE -> runText(EffectiveValue.of(node, spec, p, null));
        default -> "";
        };
    }

    private String presetText(Row row, MechanismSpec spec, Column column) {
        String set = scenario.presets().get(row.nodeId());
        Node node = pipeline.node(row.nodeId());
        return switch (column) {
        case SCENARIO -> set == null ? "" : set;
        case RUN -> set != null ? set : nodePreset(node, spec);
        case RANGE -> spec == null ? "" : String.join(", ", spec.presets().stream().map(p -> p.id()).toList());
        case NODE_VALUE -> nodePreset(node, spec);
        default -> "";
        };
    }

    private static String nodePreset(Node node, MechanismSpec spec) {
        if (node == null || spec == null) {
            return "";
        }
        if (node.preset() != null) {
            return node.preset();
        }
        return spec.defaultPreset() == null ? Messages.PresetChoices_none
                : NLS.bind(Messages.PresetChoices_default, spec.defaultPreset().id());
    }

    private static String runText(EffectiveValue v) {
        return NumberText.show(v.value()) + " (" + ParameterCells.from(v) + ")";
    }

    /** @return e.g. {@code receptor=rapid-equilibrium} for the scenario table */
    public static String presetsSummary(Scenario s) {
        List<String> parts = new ArrayList<>();
        s.presets().forEach((k, v) -> parts.add(k + "=" + v));
        return String.join(", ", parts);
    }

    /** @return e.g. {@code dosing.amount=4.5, dosing.firstDose=22} for the scenario table */
    public static String valuesSummary(Scenario s) {
        List<String> parts = new ArrayList<>();
        s.parameters().forEach((k, v) -> parts.add(k + "=" + NumberText.show(v)));
        return String.join(", ", parts);
    }
}
