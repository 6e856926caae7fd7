package org.ldnworkbench.ui.tests.diagram;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.mechanism.PortSpec.Kind;
import org.ldnworkbench.ui.internal.editor.diagram.TextMeasure;

/**
 * Declarations for the diagram's tests, shaped like the real ones: a source of a concentration and of dose events,
 * a sink that takes them, a block whose output reads its input directly and one that reads it through a state.
 */
final class TestMechanisms implements MechanismCatalog {
    static final String SOURCE = "t.source";
    static final String SINK = "t.sink";
    static final String DIRECT = "t.direct";
    static final String STATE = "t.state";

    /** Text 7 pixels a character, lines 15 pixels high: node sizes without a display. */
    static final TextMeasure MEASURE = new TextMeasure() {
        @Override
        public int width(String text, boolean bold) {
            return text.length() * (bold ? 8 : 7);
        }

        @Override
        public int lineHeight() {
            return 15;
        }
    };

    private final Map<String, MechanismSpec> specs = new LinkedHashMap<>();

    TestMechanisms() {
        add(new MechanismSpec.Builder(SOURCE).name("Source").output(port("c", "mg/L", List.of()))
                .output(new PortSpec("dose", "mg", Kind.EVENT, "", List.of())).build());
        add(new MechanismSpec.Builder(SINK).name("Sink").input(port("c", "mg/L", List.of()))
                .input(port("x", "nM", List.of())).input(new PortSpec("dose", "mg", Kind.EVENT, "", List.of()))
                .build());
        add(new MechanismSpec.Builder(DIRECT).name("Direct").input(port("u", "1", List.of()))
                .output(port("y", "1", List.of("u"))).build());
        add(new MechanismSpec.Builder(STATE).name("State").input(port("u", "1", List.of()))
                .output(port("y", "1", List.of())).build());
    }

    private static PortSpec port(String name, String unit, List<String> feedthrough) {
        return new PortSpec(name, unit, Kind.CONTINUOUS, "", feedthrough);
    }

    private void add(MechanismSpec spec) {
        specs.put(spec.id(), spec);
    }

    @Override
    public MechanismSpec spec(String mechanismId) {
        return specs.get(mechanismId);
    }

    @Override
    public Collection<MechanismSpec> all() {
        return specs.values();
    }

    @Override
    public Mechanism create(String mechanismId) throws MechanismException {
        throw new MechanismException("the diagram's tests never run mechanisms (asked for " + mechanismId + ")");
    }
}
