package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.MetricSpec;
import org.ldnworkbench.core.mechanism.ParameterStatus;
import org.ldnworkbench.core.registry.MechanismRegistry;

/** The mock mechanisms of this fragment, contributed to the real extension point. */
class RegistryTest {
    @Test
    void fragmentContributionIsReadFromPluginXml() {
        MechanismSpec s = MechanismRegistry.getDefault().spec("test.oneCompartment");
        assertNotNull(s);
        assertEquals("org.ldnworkbench.core.tests", s.contributor());
        assertEquals("Test", s.category());
        assertEquals(4, s.parameters().size());
        assertEquals("F", s.parameters().get(3).name());
        assertEquals(ParameterStatus.MEASURED, s.parameters().get(3).status());
        assertEquals(2, s.states().size());
        assertTrue(s.inputs().get(0).isEvent());
        assertEquals("mg/L", s.outputs().get(0).unit());
        assertEquals(5.0, s.preset("fast").values().get("ka"));
        assertEquals(MetricSpec.Kind.TIME_ABOVE, s.metrics().get(1).kind());
        assertEquals(0.1, s.metrics().get(1).threshold());
        assertEquals("u", MechanismRegistry.getDefault().spec("test.gain").outputs().get(0).feedthrough().get(0));
    }

    @Test
    void everyMockIsListed() {
        var ids = MechanismRegistry.getDefault().all().stream().map(MechanismSpec::id).toList();
        assertTrue(ids.containsAll(java.util.List.of("test.bolus", "test.oneCompartment", "test.decay", "test.gain",
                "test.broken", "test.nan", "test.throwAfter")), ids.toString());
    }
}
