package org.ldnworkbench.core.mechanism;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the workbench knows about a mechanism without loading its class: identity, parameters, states, ports,
 * presets and derived metrics. Indices used by {@link Mechanism} follow the declaration order of this spec.
 *
 * @since 0.1
 */
public final class MechanismSpec {
    private final String id;
    private final String name;
    private final String category;
    private final String description;
    private final String contributor;
    private final String version;
    private final List<ParameterSpec> parameters;
    private final List<StateSpec> states;
    private final List<PortSpec> inputs;
    private final List<PortSpec> outputs;
    private final List<PresetSpec> presets;
    private final List<MetricSpec> metrics;
    private final List<TableSpec> tables;

    /** Builder-style construction; see {@link Builder}. */
    private MechanismSpec(Builder b) {
        this.id = b.id;
        this.name = b.name == null || b.name.isBlank() ? b.id : b.name;
        this.category = b.category == null ? "" : b.category;
        this.description = b.description == null ? "" : b.description;
        this.contributor = b.contributor == null ? "" : b.contributor;
        this.version = b.version == null ? "" : b.version;
        this.parameters = List.copyOf(b.parameters);
        this.states = List.copyOf(b.states);
        this.inputs = List.copyOf(b.inputs);
        this.outputs = List.copyOf(b.outputs);
        this.presets = List.copyOf(b.presets);
        this.metrics = List.copyOf(b.metrics);
        this.tables = List.copyOf(b.tables);
        check();
    }

    private void check() {
        unique("parameter", parameters.stream().map(ParameterSpec::name).toList());
        unique("state", states.stream().map(StateSpec::name).toList());
        unique("input", inputs.stream().map(PortSpec::name).toList());
        unique("output", outputs.stream().map(PortSpec::name).toList());
        unique("preset", presets.stream().map(PresetSpec::id).toList());
        unique("metric", metrics.stream().map(MetricSpec::id).toList());
        unique("table", tables.stream().map(TableSpec::name).toList());
        for (PortSpec out : outputs) {
            for (String in : out.feedthrough()) {
                if (inputIndex(in) < 0) {
                    throw new IllegalArgumentException(id + ": output '" + out.name()
                            + "' reads unknown input '" + in + "' directly");
                }
            }
        }
        int defaults = 0;
        for (PresetSpec p : presets) {
            defaults += p.isDefault() ? 1 : 0;
            p.values().forEach((param, value) -> {
                ParameterSpec ps = parameter(param);
                if (ps == null) {
                    throw new IllegalArgumentException(id + ": preset '" + p.id() + "' sets unknown parameter '"
                            + param + "'");
                }
                if (!ps.inRange(value)) {
                    throw new IllegalArgumentException(id + ": preset '" + p.id() + "' sets " + param + " = "
                            + value + " outside [" + ps.min() + ", " + ps.max() + "]");
                }
                if (!ps.accepts(value)) {
                    throw new IllegalArgumentException(id + ": preset '" + p.id() + "' sets the integer parameter "
                            + param + " to " + value + ", not a whole number");
                }
            });
        }
        if (defaults > 1) {
            throw new IllegalArgumentException(id + ": more than one default preset");
        }
        for (MetricSpec m : metrics) {
            int o = outputIndex(m.output());
            if (o < 0) {
                throw new IllegalArgumentException(id + ": metric '" + m.id() + "' names unknown output '"
                        + m.output() + "'");
            }
            if (outputs.get(o).isEvent()) {
                throw new IllegalArgumentException(id + ": metric '" + m.id() + "' reads event output '"
                        + m.output() + "'; metrics are computed over continuous outputs only");
            }
        }
    }

    private void unique(String what, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                throw new IllegalArgumentException(id + ": duplicate " + what + " '" + n + "'");
            }
        }
    }

    /**
     * @return the mechanism id, as pipeline files name the mechanism
     * @since 0.1
     */
    public String id() { return id; }

    /**
     * @return the display name; the id when plugin.xml gives none
     * @since 0.1
     */
    public String name() { return name; }

    /**
     * @return the category the user interface groups the mechanism under, or empty
     * @since 0.1
     */
    public String category() { return category; }

    /**
     * @return what the mechanism models, or empty
     * @since 0.1
     */
    public String description() { return description; }

    /**
     * @return the symbolic name of the bundle that contributes the mechanism, or empty
     * @since 0.1
     */
    public String contributor() { return contributor; }

    /**
     * @return the contributing bundle's version, or empty
     * @since 0.1
     */
    public String version() { return version; }

    /**
     * @return the scalar parameters, in declaration order (the order of {@code p})
     * @since 0.1
     */
    public List<ParameterSpec> parameters() { return parameters; }

    /**
     * @return the states, in declaration order (the order of {@code x})
     * @since 0.1
     */
    public List<StateSpec> states() { return states; }

    /**
     * @return the inputs, continuous and event, in declaration order (the order of {@code u})
     * @since 0.1
     */
    public List<PortSpec> inputs() { return inputs; }

    /**
     * @return the outputs, continuous and event, in declaration order
     * @since 0.1
     */
    public List<PortSpec> outputs() { return outputs; }

    /**
     * @return the presets, in declaration order
     * @since 0.1
     */
    public List<PresetSpec> presets() { return presets; }

    /**
     * @return the derived metrics, in declaration order
     * @since 0.1
     */
    public List<MetricSpec> metrics() { return metrics; }

    /**
     * @return table parameters, in declaration order
     * @since 0.1
     */
    public List<TableSpec> tables() { return tables; }

    /**
     * @return the index of the table, or -1
     * @since 0.1
     */
    public int tableIndex(String n) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).name().equals(n)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @return the index of the table named {@code n}
     * @throws MechanismException if the table is not declared
     * @since 0.1
     */
    public int requireTable(String n) throws MechanismException {
        return require("table", n, tableIndex(n));
    }

    /**
     * @return the parameter named {@code n}, or null when none is declared
     * @since 0.1
     */
    public ParameterSpec parameter(String n) {
        int i = parameterIndex(n);
        return i < 0 ? null : parameters.get(i);
    }

    /**
     * @return the preset with that id, or null when none is declared
     * @since 0.1
     */
    public PresetSpec preset(String presetId) {
        for (PresetSpec p : presets) {
            if (p.id().equals(presetId)) {
                return p;
            }
        }
        return null;
    }

    /**
     * @return the default preset, or null when the mechanism has none
     * @since 0.1
     */
    public PresetSpec defaultPreset() {
        for (PresetSpec p : presets) {
            if (p.isDefault()) {
                return p;
            }
        }
        return null;
    }

    /**
     * @return the index of the parameter named {@code n}, or -1
     * @since 0.1
     */
    public int parameterIndex(String n) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(n)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @return the index of the state named {@code n}, or -1
     * @since 0.1
     */
    public int stateIndex(String n) {
        for (int i = 0; i < states.size(); i++) {
            if (states.get(i).name().equals(n)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @return the index of the input named {@code n} among all inputs, or -1
     * @since 0.1
     */
    public int inputIndex(String n) {
        return portIndex(inputs, n);
    }

    /**
     * @return the index of the output named {@code n} among all outputs, or -1
     * @since 0.1
     */
    public int outputIndex(String n) {
        return portIndex(outputs, n);
    }

    private static int portIndex(List<PortSpec> ports, String n) {
        for (int i = 0; i < ports.size(); i++) {
            if (ports.get(i).name().equals(n)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Index lookup for implementations binding themselves to their spec.
     *
     * @return the index of the parameter named {@code n}
     * @throws MechanismException if the parameter is not declared
     * @since 0.1
     */
    public int requireParameter(String n) throws MechanismException {
        return require("parameter", n, parameterIndex(n));
    }

    /**
     * @return the index of the state named {@code n}
     * @throws MechanismException if the state is not declared
     * @since 0.1
     */
    public int requireState(String n) throws MechanismException {
        return require("state", n, stateIndex(n));
    }

    /**
     * @return the index of the input named {@code n}
     * @throws MechanismException if the input is not declared
     * @since 0.1
     */
    public int requireInput(String n) throws MechanismException {
        return require("input", n, inputIndex(n));
    }

    /**
     * @return the index of the output named {@code n}
     * @throws MechanismException if the output is not declared
     * @since 0.1
     */
    public int requireOutput(String n) throws MechanismException {
        return require("output", n, outputIndex(n));
    }

    /**
     * For implementations that index parameters with constants (fastest): checks in one call that the declaration
     * lists exactly these parameters, in this order, so that the constant of the {@code i}-th name may be {@code i}.
     *
     * @param names every parameter the implementation reads, in the order of its constants
     * @throws MechanismException naming the first position where the declaration differs, what the implementation
     *         expects there and what plugin.xml declares
     * @since 0.1
     */
    public void requireParameters(String... names) throws MechanismException {
        requireOrder("parameter", parameters.stream().map(ParameterSpec::name).toList(), names);
    }

    /**
     * As {@link #requireParameters(String...)}, for the states.
     *
     * @throws MechanismException unless plugin.xml declares exactly these states in this order
     * @since 0.1
     */
    public void requireStates(String... names) throws MechanismException {
        requireOrder("state", states.stream().map(StateSpec::name).toList(), names);
    }

    /**
     * As {@link #requireParameters(String...)}, for the inputs, continuous and event.
     *
     * @throws MechanismException unless plugin.xml declares exactly these inputs in this order
     * @since 0.1
     */
    public void requireInputs(String... names) throws MechanismException {
        requireOrder("input", inputs.stream().map(PortSpec::name).toList(), names);
    }

    /**
     * As {@link #requireParameters(String...)}, for the outputs, continuous and event.
     *
     * @throws MechanismException unless plugin.xml declares exactly these outputs in this order
     * @since 0.1
     */
    public void requireOutputs(String... names) throws MechanismException {
        requireOrder("output", outputs.stream().map(PortSpec::name).toList(), names);
    }

    /**
     * As {@link #requireParameters(String...)}, for the tables.
     *
     * @throws MechanismException unless plugin.xml declares exactly these tables in this order
     * @since 0.1
     */
    public void requireTables(String... names) throws MechanismException {
        requireOrder("table", tables.stream().map(TableSpec::name).toList(), names);
    }

    private void requireOrder(String what, List<String> declared, String... expected) throws MechanismException {
        List<String> wanted = List.of(expected);
        int i = 0;
        while (i < wanted.size() && i < declared.size() && wanted.get(i).equals(declared.get(i))) {
            i++;
        }
        if (i == wanted.size() && i == declared.size()) {
            return;
        }
        String position = what + " " + (i + 1);
        String difference;
        if (i == declared.size()) {
            difference = "expects " + position + " to be '" + wanted.get(i) + "' but plugin.xml declares "
                    + (i == 0 ? "no " + what + "s" : "only " + count(i, what));
        } else if (i == wanted.size()) {
            difference = "expects " + (i == 0 ? "no " + what + "s" : "only " + count(i, what))
                    + " but plugin.xml declares " + position + ", '" + declared.get(i) + "'";
        } else {
            difference = "expects " + position + " to be '" + wanted.get(i) + "' but plugin.xml declares '"
                    + declared.get(i) + "' there";
        }
        throw new MechanismException(id + ": the implementation " + difference + " (" + what
                + "s of the implementation: " + listed(wanted) + "; of plugin.xml: " + listed(declared) + ")");
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String listed(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private int require(String what, String n, int index) throws MechanismException {
        if (index < 0) {
            throw new MechanismException(id + ": the implementation needs " + what + " '" + n
                    + "', which the plugin.xml declaration lacks");
        }
        return index;
    }

    @Override
    public String toString() {
        return id;
    }

    /**
     * Collects the parts of a spec; {@link #build()} checks them.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final String id;
        private String name;
        private String category;
        private String description;
        private String contributor;
        private String version;
        private final List<ParameterSpec> parameters = new ArrayList<>();
        private final List<StateSpec> states = new ArrayList<>();
        private final List<PortSpec> inputs = new ArrayList<>();
        private final List<PortSpec> outputs = new ArrayList<>();
        private final List<PresetSpec> presets = new ArrayList<>();
        private final List<MetricSpec> metrics = new ArrayList<>();
        private final List<TableSpec> tables = new ArrayList<>();

        /**
         * @param id the mechanism id; the spec's other parts are optional
         * @since 0.1
         */
        public Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * @return this builder, with the display name set (null or blank means the id)
         * @since 0.1
         */
        public Builder name(String v) { name = v; return this; }

        /**
         * @return this builder, with the category set
         * @since 0.1
         */
        public Builder category(String v) { category = v; return this; }

        /**
         * @return this builder, with the description set
         * @since 0.1
         */
        public Builder description(String v) { description = v; return this; }

        /**
         * @return this builder, with the contributing bundle's symbolic name set
         * @since 0.1
         */
        public Builder contributor(String v) { contributor = v; return this; }

        /**
         * @return this builder, with the contributing bundle's version set
         * @since 0.1
         */
        public Builder version(String v) { version = v; return this; }

        /**
         * @return this builder, with a parameter appended in declaration order
         * @since 0.1
         */
        public Builder parameter(ParameterSpec v) { parameters.add(v); return this; }

        /**
         * @return this builder, with a state appended in declaration order
         * @since 0.1
         */
        public Builder state(StateSpec v) { states.add(v); return this; }

        /**
         * @return this builder, with an input appended in declaration order
         * @since 0.1
         */
        public Builder input(PortSpec v) { inputs.add(v); return this; }

        /**
         * @return this builder, with an output appended in declaration order
         * @since 0.1
         */
        public Builder output(PortSpec v) { outputs.add(v); return this; }

        /**
         * @return this builder, with a preset appended
         * @since 0.1
         */
        public Builder preset(PresetSpec v) { presets.add(v); return this; }

        /**
         * @return this builder, with a metric appended
         * @since 0.1
         */
        public Builder metric(MetricSpec v) { metrics.add(v); return this; }

        /**
         * @return this builder, with a table appended in declaration order
         * @since 0.1
         */
        public Builder table(TableSpec v) { tables.add(v); return this; }

        /**
         * @return the checked spec
         * @throws IllegalArgumentException when names repeat or references do not resolve
         * @since 0.1
         */
        public MechanismSpec build() {
            return new MechanismSpec(this);
        }
    }
}
