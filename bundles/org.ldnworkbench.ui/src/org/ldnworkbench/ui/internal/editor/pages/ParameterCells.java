package org.ldnworkbench.ui.internal.editor.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.mechanism.ParameterStatus;
import org.ldnworkbench.core.mechanism.TableSpec;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.ui.internal.editor.pages.ParameterRow.NodeRow;
import org.ldnworkbench.ui.internal.editor.pages.ParameterRow.TableRow;
import org.ldnworkbench.ui.internal.editor.pages.ParameterRow.ValueRow;

/**
 * The rows and cell texts of the Parameters tree, without SWT: which rows a pipeline has, and what each column says
 * for each row. The page adds fonts, icons and editing.
 */
public final class ParameterCells {
    /** The tree's columns, in order. */
    public enum Column {
        /** Node id and mechanism, or the parameter's name. */
        PARAMETER,
        /** The node's preset, or the value the node runs with. */
        VALUE,
        /** Unit. */
        UNIT,
        /** The mechanism's default. */
        DEFAULT,
        /** The allowed closed range. */
        RANGE,
        /** Evidence status. */
        STATUS,
        /** Where the value comes from: the node, a preset, the default. */
        FROM,
        /** Which scenarios set another value, and which. */
        SCENARIOS,
        /** Citation or derivation. */
        SOURCE,
        /** Caveat or meaning. */
        NOTE
    }

    private final Pipeline pipeline;
    private final MechanismCatalog catalog;

    /**
     * @param pipeline the pipeline shown
     * @param catalog the installed mechanisms
     */
    public ParameterCells(Pipeline pipeline, MechanismCatalog catalog) {
        this.pipeline = pipeline;
        this.catalog = catalog;
    }

    /** @return one row per node, in file order */
    public List<ParameterRow> nodes() {
        return pipeline.nodes().stream().<ParameterRow>map(n -> new NodeRow(n.id())).toList();
    }

    /** @return a node's parameters, then its tables; none for an unknown mechanism */
    public List<ParameterRow> children(NodeRow row) {
        MechanismSpec spec = spec(row);
        List<ParameterRow> rows = new ArrayList<>();
        if (spec != null) {
            spec.parameters().forEach(p -> rows.add(new ValueRow(row.nodeId(), p.name())));
            spec.tables().forEach(t -> rows.add(new TableRow(row.nodeId(), t.name())));
        }
        return rows;
    }

    /** @return the node of a row, or null when it is gone */
    public Node node(ParameterRow row) {
        return pipeline.node(row.nodeId());
    }

    /** @return the mechanism of a row's node, or null when the node is gone or its mechanism unknown */
    public MechanismSpec spec(ParameterRow row) {
        Node n = node(row);
        return n == null ? null : catalog.spec(n.mechanism());
    }

    /** @return the declaration of a value row's parameter, or null */
    public ParameterSpec parameter(ValueRow row) {
        MechanismSpec spec = spec(row);
        return spec == null ? null : spec.parameter(row.name());
    }

    /** @return the value the node runs with (outside any scenario), or null when the row is stale */
    public EffectiveValue value(ValueRow row) {
        ParameterSpec p = parameter(row);
        return p == null ? null : EffectiveValue.of(node(row), spec(row), p, null);
    }

    /**
     * @return why the node's mechanism cannot be used (unknown, or its contribution failed), or null when it can
     */
    public String mechanismProblem(NodeRow row) {
        Node n = node(row);
        if (n == null) {
            return null;
        }
        if (catalog instanceof MechanismRegistry r && r.quarantineReason(n.mechanism()) != null) {
            return NLS.bind(Messages.ParameterCells_failed, n.mechanism(), r.quarantineReason(n.mechanism()));
        }
        return catalog.spec(n.mechanism()) == null ? NLS.bind(Messages.ParameterCells_unknown, n.mechanism()) : null;
    }

    /** @return the cell text of a row in a column; empty for stale rows */
    public String text(ParameterRow row, Column column) {
        if (node(row) == null) {
            return "";
        }
        if (row instanceof NodeRow n) {
            return nodeText(n, column);
        }
        if (row instanceof ValueRow v) {
            ParameterSpec p = parameter(v);
            return p == null ? "" : valueText(v, p, column);
        }
        TableRow t = (TableRow) row;
        MechanismSpec spec = spec(t);
        int index = spec == null ? -1 : spec.tableIndex(t.name());
        return index < 0 ? "" : tableText(t, spec.tables().get(index), column);
    }

    private String nodeText(NodeRow row, Column column) {
        Node n = node(row);
        MechanismSpec spec = spec(row);
        return switch (column) {
        case PARAMETER -> spec == null ? n.id() : n.id() + " (" + spec.name() + ")";
        case VALUE -> spec == null ? n.mechanism()
                : NLS.bind(Messages.ParameterCells_presetValue, presetText(spec, n.preset()));
        case SCENARIOS -> nodePresetScenarios(n);
        case NOTE -> spec == null ? mechanismProblem(row) : spec.description();
        default -> "";
        };
    }

    private static String presetText(MechanismSpec spec, String preset) {
        return PresetChoices.forNode(spec, preset).get(PresetChoices.indexOf(PresetChoices.forNode(spec, preset),
                preset)).label();
    }

    private String valueText(ValueRow row, ParameterSpec p, Column column) {
        return switch (column) {
        case PARAMETER -> p.name();
        case VALUE -> NumberText.show(value(row).value());
        case UNIT -> p.unit();
        case FROM -> from(value(row));
        case SCENARIOS -> scenarios(row, p);
        case DEFAULT -> NumberText.show(p.defaultValue());
        case RANGE -> NumberText.range(p.min(), p.max()) + (p.integer() ? " " + Messages.ParameterCells_whole : "");
        case STATUS -> p.status().word();
        case SOURCE -> p.source();
        case NOTE -> p.note().isEmpty() ? p.description() : p.note();
        };
    }

    private String tableText(TableRow row, TableSpec table, Column column) {
        double[][] rows = node(row).tables().get(table.name());
        return switch (column) {
        case PARAMETER -> table.name();
        case VALUE -> NLS.bind(Messages.ParameterCells_tableRows, rows == null ? 0 : rows.length);
        case NOTE -> NLS.bind(Messages.ParameterCells_tableNote, table.header(), table.description());
        default -> "";
        };
    }

    /** @return e.g. {@code own value}, {@code preset pet-calibrated}, {@code default} */
    public static String from(EffectiveValue v) {
        return switch (v.origin()) {
        case DEFAULT -> Messages.ParameterCells_fromDefault;
        case PRESET -> NLS.bind(Messages.ParameterCells_fromPreset, v.via());
        case NODE -> Messages.ParameterCells_fromNode;
        case SCENARIO_PRESET -> NLS.bind(Messages.ParameterCells_fromScenarioPreset, v.via());
        case SCENARIO -> Messages.ParameterCells_fromScenario;
        };
    }

    /**
     * @return the scenarios that run the parameter with a value of their own, e.g.
     *         {@code ldn-pet: 4.5; std-rapid: 3 (rapid-equilibrium)}
     */
    public String scenarios(ValueRow row, ParameterSpec p) {
        List<String> parts = new ArrayList<>();
        for (Scenario s : pipeline.scenarios()) {
            EffectiveValue v = EffectiveValue.of(node(row), spec(row), p, s);
            if (v.origin().isScenario()) {
                parts.add(s.id() + ": " + NumberText.show(v.value())
                        + (v.origin() == EffectiveValue.Origin.SCENARIO_PRESET ? " (" + v.via() + ")" : ""));
            }
        }
        return String.join("; ", parts);
    }

    private String nodePresetScenarios(Node n) {
        List<String> parts = new ArrayList<>();
        for (Scenario s : pipeline.scenarios()) {
            String preset = s.presets().get(n.id());
            if (preset != null) {
                parts.add(s.id() + ": " + preset);
            }
        }
        return String.join("; ", parts);
    }

    /** @return whether the parameter's value is a modelling choice the user should know is not measured */
    public boolean isAssumed(ValueRow row) {
        ParameterSpec p = parameter(row);
        return p != null && p.status() == ParameterStatus.ASSUMED;
    }
}
