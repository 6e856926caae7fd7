package org.ldnworkbench.rebound.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.MetricSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.mechanism.ParameterStatus;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.rebound.core.ReboundMechanisms;
import org.ldnworkbench.tests.support.Declarations;

/** The plugin.xml declaration of the rebound mechanism. */
class DeclarationTest {
    private static MechanismSpec rebound() {
        return Declarations.registered(ReboundMechanisms.ENDOGENOUS);
    }

    @ParameterizedTest
    @CsvSource({ "kM, 1/h, 0.01, 1e-4, 1, ASSUMED", "kE, 1/h, 0.05, 1e-3, 5, ASSUMED",
            "kR, 1/h, 0.01, 1e-4, 1, CALIBRATED", "gE, -, 1.5, 0, 5, ASSUMED", "gR, -, 1.0, 0, 5, ASSUMED",
            "KE, -, 1.0, 0.01, 100, ASSUMED" })
    void parameterIsDeclaredAsSpecified(String name, String unit, double def, double min, double max,
            ParameterStatus status) {
        ParameterSpec p = Declarations.assertParameter(rebound(), name, unit, def, min, max);
        assertEquals(status, p.status());
    }

    @Test
    void portsStatesAndMetrics() {
        MechanismSpec s = rebound();
        assertEquals(List.of("M", "E", "R"), s.states().stream().map(x -> x.name()).toList());
        assertTrue(s.states().stream().allMatch(x -> x.unit().equals("relative")));
        assertEquals("fraction", s.inputs().get(s.inputIndex(ReboundMechanisms.OCCUPANCY)).unit());
        PortSpec sig = s.outputs().get(s.outputIndex(ReboundMechanisms.SIGNALING));
        assertEquals(List.of("occupancy"), sig.feedthrough());
        for (String out : List.of(ReboundMechanisms.SIGNALING, ReboundMechanisms.ENDOGENOUS_TONE,
                ReboundMechanisms.RECEPTOR_DENSITY)) {
            assertEquals("relative", s.outputs().get(s.outputIndex(out)).unit(), out);
        }
        assertTrue(s.outputs().get(s.outputIndex(ReboundMechanisms.ENDOGENOUS_TONE)).feedthrough().isEmpty());

        MetricSpec mean = Declarations.metric(s, "meanSignaling");
        assertEquals(MetricSpec.Kind.MEAN, mean.kind());
        assertEquals(MetricSpec.Headline.LAST_DAY, mean.headline());
        assertEquals(MetricSpec.Kind.MIN, Declarations.metric(s, "minSignaling").kind());
        MetricSpec hours = Declarations.metric(s, "reboundHours");
        assertEquals(MetricSpec.Kind.TIME_ABOVE, hours.kind());
        assertEquals(ReboundMechanisms.REBOUND_THRESHOLD, hours.threshold(), 0.0);
        assertEquals("h", hours.unit());
        assertEquals(MetricSpec.Headline.LAST_DAY, hours.headline());
        assertEquals("Rebound window (S > 1.05)", hours.label());
        MetricSpec area = Declarations.metric(s, "reboundArea");
        assertEquals(MetricSpec.Kind.AREA_ABOVE, area.kind());
        assertEquals(1.0, area.threshold(), 0.0);
        for (MetricSpec m : s.metrics()) {
            assertEquals("signaling", m.output());
        }
    }

}
