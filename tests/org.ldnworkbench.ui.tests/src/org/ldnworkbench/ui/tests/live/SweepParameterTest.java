package org.ldnworkbench.ui.tests.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.ui.internal.results.live.SweepParameter;

/** What the sweep bar offers on the default example, and what Apply writes. */
class SweepParameterTest {
    private final Pipeline example = read();

    @Test
    void theDoseIsPreferredWhereverTheDosingNodeIsAndTablesAreNotOffered() {
        Node dosing = example.node("dosing");
        example.nodes().remove(dosing);
        example.nodes().add(dosing); // last: the first parameter offered is now the PK model's
        List<SweepParameter> choices = SweepParameter.of(example, MechanismRegistry.getDefault());
        assertEquals("dosing.amount", choices.get(SweepParameter.preferred(choices, example)).key());
        assertFalse(choices.stream().anyMatch(c -> c.key().equals("dosing.doses")),
                "the dosing table of doses is offered for sweeping");
        assertTrue(choices.size() > 10, "only " + choices.size() + " parameters of the example are offered");
    }

    @Test
    void applyWritesTheValueOnTheNodeAndOnEveryScenarioThatSetsItsOwn() {
        SweepParameter dose = SweepParameter.of(example, MechanismRegistry.getDefault()).stream()
                .filter(c -> c.key().equals("dosing.amount")).findFirst().orElseThrow();
        assertEquals(4, dose.scenariosSetting(example));
        dose.write(example, 9.95);
        assertEquals(9.95, example.node("dosing").parameters().get("amount"));
        example.scenarios().forEach(s -> assertEquals(9.95, s.parameters().get("dosing.amount"), s.id()));
        assertEquals(22.0, example.scenarios().get(0).parameters().get("dosing.firstDose"),
                "another parameter of the scenario changed");
    }

    private static Pipeline read() {
        try {
            return PipelineFiles.read(new StringReader(LiveRerunTest.example()), "ldn-vs-standard.ldnpipe");
        } catch (Exception e) {
            throw new AssertionError("the example does not read: " + e, e);
        }
    }
}
