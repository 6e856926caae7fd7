package org.ldnworkbench.ui.tests.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.pipeline.Integrator;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.SimulationSettings;
import org.ldnworkbench.ui.internal.editor.pages.SimulationInput;
import org.ldnworkbench.ui.internal.editor.pages.SimulationInput.Field;

class SimulationInputTest {
    private final Pipeline pipeline = TestMechanisms.pipeline();

    private static SimulationInput form(String start, String end, String step, String rtol, String atol,
            Integrator integrator, String fixed) {
        return new SimulationInput(start, end, step, rtol, atol, integrator, fixed);
    }

    private SimulationInput.Checked check(SimulationInput in) {
        return in.check(pipeline, TestMechanisms.CATALOG);
    }

    @Test
    void theDefaultSettingsPassAndReadBackUnchanged() {
        SimulationInput.Checked c = check(SimulationInput.of(new SimulationSettings()));
        assertTrue(c.ok(), c.problem());
        assertEquals(1344, c.settings().end());
        assertEquals(0.1, c.settings().step());
    }

    @Test
    void aStepThatDoesNotDivideTheSpanIsRefusedOnTheStepFieldUntilTheSpanFits() {
        SimulationInput.Checked c = check(form("0", "1344", "0.13", "1e-8", "1e-10", Integrator.DORMAND_PRINCE_853,
                "0.01"));
        assertFalse(c.ok());
        assertEquals(Field.STEP, c.field());
        assertTrue(c.problem().contains("does not divide"), c.problem());
        assertTrue(check(form("0", "13", "0.13", "1e-8", "1e-10", Integrator.DORMAND_PRINCE_853, "0.01")).ok());
    }

    @Test
    void aToleranceOutsideTheEnginesLimitsIsRefusedNamingThem() {
        SimulationInput.Checked c = check(form("0", "24", "1", "0.01", "1e-10", Integrator.DORMAND_PRINCE_853,
                "0.01"));
        assertEquals(Field.RTOL, c.field());
        assertTrue(c.problem().contains("1.0E-13") && c.problem().contains("0.001"), c.problem());
        c = check(form("0", "24", "1", "1e-8", "1e-3", Integrator.DORMAND_PRINCE_853, "0.01"));
        assertEquals(Field.ATOL, c.field());
    }

    @Test
    void anEndBeforeTheStartAndANonNumberAreRefusedOnTheirFields() {
        assertEquals(Field.END, check(form("24", "12", "1", "1e-8", "1e-10", Integrator.RK4, "0.01")).field());
        SimulationInput.Checked c = check(form("0", "two days", "1", "1e-8", "1e-10", Integrator.RK4, "0.01"));
        assertEquals(Field.END, c.field());
        assertTrue(c.problem().contains("'two days'"), c.problem());
    }

    @Test
    void everyRefusedFieldIsNamedNotOnlyTheFirst() {
        SimulationInput.Checked c = check(form("0", "abc", "1", "0.5", "1e-10", Integrator.DORMAND_PRINCE_853,
                "0.01"));
        assertEquals(java.util.Set.of(Field.END, Field.RTOL), c.problems().keySet(), c.problems().toString());
        assertEquals(Field.END, c.field());
        assertTrue(c.problems().get(Field.RTOL).contains("0.001"), c.problems().get(Field.RTOL));
        assertEquals(null, c.settings());
    }

    @Test
    void theFixedStepIsCheckedForRk4Only() {
        assertEquals(Field.FIXED_STEP, check(form("0", "24", "1", "1e-8", "1e-10", Integrator.RK4, "48")).field());
        assertTrue(check(form("0", "24", "1", "1e-8", "1e-10", Integrator.DORMAND_PRINCE_54, "48")).ok());
    }

    @Test
    void aRunRecordingMoreValuesThanTheLimitIsRefusedCountingTheNodesOutputs() {
        // receptor records 2 continuous outputs, dosing none: 1,000,001 points x 2 = 2,000,002 values per run fits,
        // but the two scenarios need 4,000,004 of 50,000,000: fine; 12,000,001 points are refused by the grid limit
        assertTrue(check(form("0", "100000", "0.1", "1e-8", "1e-10", Integrator.DORMAND_PRINCE_853, "0.01")).ok());
        for (int i = 0; i < 5; i++) {
            pipeline.add(new org.ldnworkbench.core.pipeline.Node("r" + i, TestMechanisms.RECEPTOR));
        }
        SimulationInput.Checked c = check(form("0", "199999", "0.1", "1e-8", "1e-10", Integrator.DORMAND_PRINCE_853,
                "0.01"));
        assertEquals(Field.RUN, c.field(), c.problem());
        assertTrue(c.problem().contains("20,000,000"), c.problem());
    }

    @Test
    void theRunSizeCountsPointsOutputsAndRuns() {
        String size = SimulationInput.runSize(pipeline, new SimulationSettings().end(24).step(1),
                TestMechanisms.CATALOG);
        assertTrue(size.startsWith("25 time points x 2 recorded outputs = 50 values per run; 2 run"), size);
    }
}
