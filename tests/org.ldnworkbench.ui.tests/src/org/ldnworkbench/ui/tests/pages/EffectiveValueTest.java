package org.ldnworkbench.ui.tests.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.ui.internal.editor.pages.EffectiveValue;
import org.ldnworkbench.ui.internal.editor.pages.EffectiveValue.Origin;

/** The layers in the compiler's order: default, preset, node value, scenario preset, scenario value. */
class EffectiveValueTest {
    private final MechanismSpec spec = TestMechanisms.RECEPTOR_SPEC;

    private EffectiveValue ke0(Node n, Scenario s) {
        return EffectiveValue.of(n, spec, spec.parameter("ke0"), s);
    }

    @Test
    void aNodeWithoutPresetGetsTheDefaultPresetThenTheMechanismDefault() {
        Node n = new Node("r", TestMechanisms.RECEPTOR);
        assertEquals(new EffectiveValue(0.06, Origin.PRESET, "pet"), ke0(n, null));
        EffectiveValue hill = EffectiveValue.of(n, spec, spec.parameter("hill"), null);
        assertEquals(new EffectiveValue(1, Origin.DEFAULT, ""), hill);
    }

    @Test
    void theNodesPresetThenItsOwnValueComeNext() {
        Node n = new Node("r", TestMechanisms.RECEPTOR).preset("rapid");
        assertEquals(new EffectiveValue(3, Origin.PRESET, "rapid"), ke0(n, null));
        n.parameter("ke0", 0.5);
        assertEquals(new EffectiveValue(0.5, Origin.NODE, ""), ke0(n, null));
    }

    @Test
    void aScenarioPresetReplacesTheNodesOwnValueAndAScenarioValueReplacesBoth() {
        Node n = new Node("r", TestMechanisms.RECEPTOR).parameter("ke0", 0.5);
        Scenario s = new Scenario("s", null);
        s.presets().put("r", "rapid");
        assertEquals(new EffectiveValue(3, Origin.SCENARIO_PRESET, "rapid"), ke0(n, s));
        s.parameters().put("r.ke0", 7.0);
        assertEquals(new EffectiveValue(7, Origin.SCENARIO, ""), ke0(n, s));
    }

    @Test
    void valuesAndPresetsTheCompilerWouldRefuseSetNothing() {
        Node n = new Node("r", TestMechanisms.RECEPTOR).preset("nonesuch").parameter("ke0", 99);
        assertEquals(new EffectiveValue(0.05, Origin.DEFAULT, ""), ke0(n, null));
        Scenario s = new Scenario("s", null);
        s.parameters().put("r.ke0", -1.0);
        s.parameters().put("other.ke0", 2.0);
        assertEquals(new EffectiveValue(0.05, Origin.DEFAULT, ""), ke0(n, s));
    }
}
