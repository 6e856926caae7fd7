package org.ldnworkbench.ui.tests.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.ui.internal.editor.pages.NumberText;
import org.ldnworkbench.ui.internal.editor.pages.ParameterInput;

class ParameterInputTest {
    private final ParameterSpec ke0 = TestMechanisms.RECEPTOR_SPEC.parameter("ke0");
    private final ParameterSpec count = TestMechanisms.DOSING_SPEC.parameter("count");

    @Test
    void anOutOfRangeValueIsRefusedWithTheRangeAndUnit() {
        NumberText.Parsed p = ParameterInput.check(ke0, "25");
        assertFalse(p.ok());
        assertTrue(p.problem().contains("[0.001, 20] 1/h"), p.problem());
        assertTrue(p.problem().contains("ke0"), p.problem());
        assertFalse(ParameterInput.check(ke0, "0.0009").ok());
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        assertEquals(20, ParameterInput.check(ke0, "20").value());
        assertEquals(0.001, ParameterInput.check(ke0, "1e-3").value());
    }

    @Test
    void aFractionForAnIntegerParameterIsRefusedAsNotWhole() {
        NumberText.Parsed p = ParameterInput.check(count, "2.5");
        assertFalse(p.ok());
        assertTrue(p.problem().contains("whole"), p.problem());
        assertTrue(p.problem().contains("[0, 100000]"), p.problem());
        assertTrue(ParameterInput.check(count, "3").ok());
    }

    @Test
    void textThatIsNoNumberIsRefusedWithTheRange() {
        NumberText.Parsed p = ParameterInput.check(ke0, "fast");
        assertFalse(p.ok());
        assertTrue(p.problem().contains("'fast'") && p.problem().contains("[0.001, 20] 1/h"), p.problem());
    }
}
