package org.ldnworkbench.ui.tests.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.ui.internal.results.ShownOutputs;
import org.ldnworkbench.ui.internal.runs.OutputColumn;
import org.ldnworkbench.ui.internal.runs.RunData;

/** The output tree's content and the outputs charted by default. */
class ShownOutputsTest {
    private static final List<OutputColumn> LDN_OUTPUTS = List.of(TestRuns.output("pk", "Cntx", "ng/mL"),
            TestRuns.output("receptor", "occupancy", "fraction"), TestRuns.output("rebound", "signaling", "1"),
            TestRuns.output("rebound", "tone", "1"), TestRuns.output("inflammation", "glialActivation", "1"));

    @Test
    void theDefaultPipelineChartsOccupancySignallingAndGlialActivation() {
        ShownOutputs o = ShownOutputs.of(List.of(runWith("r", LDN_OUTPUTS)));

        assertEquals(List.of("receptor.occupancy", "rebound.signaling", "inflammation.glialActivation"),
                o.defaults());
        assertEquals(List.of("pk", "receptor", "rebound", "inflammation"), o.nodes());
        assertEquals(List.of("rebound.signaling", "rebound.tone"),
                o.of("rebound").stream().map(OutputColumn::name).toList());
    }

    @Test
    void aPipelineWithoutThemChartsItsFirstOutput() {
        ShownOutputs o = ShownOutputs.of(List.of(runWith("r",
                List.of(TestRuns.output("pk", "Cntx", "ng/mL"), TestRuns.output("pk", "Cntxol", "ng/mL")))));
        assertEquals(List.of("pk.Cntx"), o.defaults());
    }

    @Test
    void theUsersChoiceIsKeptWhereItsOutputsStillExist() {
        ShownOutputs o = ShownOutputs.of(List.of(runWith("r", LDN_OUTPUTS)));

        assertEquals(List.of("rebound.tone"), o.keep(List.of("rebound.tone", "gone.output")));
        assertEquals(o.defaults(), o.keep(List.of("gone.output")), "nothing left: the defaults");
        assertEquals(List.of("pk.Cntx", "rebound.tone"), o.inTreeOrder(Set.of("rebound.tone", "pk.Cntx")));
    }

    @Test
    void overlaidRunsOfferTheUnionOfTheirOutputs() {
        ShownOutputs o = ShownOutputs.of(List.of(runWith("a", List.of(TestRuns.output("pk", "Cntx", "ng/mL"))),
                runWith("b", List.of(TestRuns.output("pk", "Cntx", "ng/mL"), TestRuns.output("x", "y", "mg")))));
        assertEquals(List.of("pk.Cntx", "x.y"), o.all().stream().map(OutputColumn::name).toList());
    }

    private static RunData runWith(String label, List<OutputColumn> outputs) {
        return TestRuns.run(label, outputs, List.of(), TestRuns.scenario("s", "s", outputs.size(), 2));
    }
}
