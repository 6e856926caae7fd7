package org.ldnworkbench.ui.tests.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.ui.internal.editor.pages.PresetChoices;
import org.ldnworkbench.ui.internal.editor.pages.ScenarioOverrides;
import org.ldnworkbench.ui.internal.editor.pages.ScenarioOverrides.Column;
import org.ldnworkbench.ui.internal.editor.pages.ScenarioOverrides.Row;

class ScenarioOverridesTest {
    private final Pipeline pipeline = TestMechanisms.pipeline();

    private ScenarioOverrides of(int scenario) {
        return new ScenarioOverrides(pipeline, TestMechanisms.CATALOG, pipeline.scenarios().get(scenario));
    }

    @Test
    void everyNodesPresetAndParametersAreRowsSoThatAnOverrideIsAddedByTypingAValue() {
        List<Row> rows = of(0).rows(false);
        assertEquals(List.of(new Row("dosing", "amount"), new Row("dosing", "count"), new Row("receptor", null),
                new Row("receptor", "ke0"), new Row("receptor", "EC50"), new Row("receptor", "hill")), rows);
        assertEquals(List.of(new Row("dosing", "amount")), of(0).rows(true));
        assertEquals(List.of(new Row("receptor", null)), of(1).rows(true));
    }

    @Test
    void theRunsValueAndTheNodesAloneAreShownWithTheirOrigin() {
        ScenarioOverrides low = of(0);
        Row amount = new Row("dosing", "amount");
        assertEquals("4.5", low.text(amount, Column.SCENARIO));
        assertEquals("4.5 (scenario value)", low.text(amount, Column.RUN));
        assertEquals("10 (node value)", low.text(amount, Column.NODE_VALUE));
        ScenarioOverrides fast = of(1);
        assertEquals("3 (scenario preset rapid)", fast.text(new Row("receptor", "ke0"), Column.RUN));
        assertEquals("rapid", fast.text(new Row("receptor", null), Column.SCENARIO));
        assertEquals("default (pet)", fast.text(new Row("receptor", null), Column.NODE_VALUE));
    }

    @Test
    void keysNamingNoNodeOrParameterAreListedWithTheirProblem() {
        Scenario low = pipeline.scenarios().get(0);
        low.parameters().put("gone.ke0", 1.0);
        low.parameters().put("receptor.nonesuch", 1.0);
        low.presets().put("receptor", "nonesuch");
        ScenarioOverrides model = of(0);
        List<Row> set = model.rows(true);
        assertTrue(set.contains(new Row("gone", "ke0")) && set.contains(new Row("receptor", "nonesuch")), set
                .toString());
        assertNotNull(model.problem(new Row("gone", "ke0")));
        assertTrue(model.problem(new Row("receptor", "nonesuch")).contains("nonesuch"));
        assertTrue(model.problem(new Row("receptor", null)).contains("no preset"));
        assertNull(model.problem(new Row("dosing", "amount")));
        assertEquals("gone.ke0", new Row("gone", "ke0").key());
    }

    @Test
    void presetChoicesStartWithTheDefaultOrTheNodesAndKeepAnUnknownCurrentOne() {
        List<PresetChoices.Choice> node = PresetChoices.forNode(TestMechanisms.RECEPTOR_SPEC, null);
        assertEquals(List.of("default (pet)", "pet (default)", "rapid"), node.stream().map(
                PresetChoices.Choice::label).toList());
        assertEquals(0, PresetChoices.indexOf(node, null));
        assertEquals(2, PresetChoices.indexOf(node, "rapid"));
        List<PresetChoices.Choice> scenario = PresetChoices.forScenario(TestMechanisms.RECEPTOR_SPEC, "old");
        assertEquals(4, scenario.size());
        assertEquals("old", scenario.get(3).presetId());
        assertEquals("none", PresetChoices.forNode(TestMechanisms.DOSING_SPEC, null).get(0).label());
    }
}
