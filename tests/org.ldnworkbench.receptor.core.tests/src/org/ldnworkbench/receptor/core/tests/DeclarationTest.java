package org.ldnworkbench.receptor.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.MetricSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.mechanism.ParameterStatus;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.receptor.core.ReceptorMechanisms;
import org.ldnworkbench.tests.support.Declarations;

/** The plugin.xml declaration of the receptor mechanism. */
class DeclarationTest {
    private static MechanismSpec mu() {
        return Declarations.registered(ReceptorMechanisms.MU);
    }

    @ParameterizedTest
    @CsvSource({ "ke0, 1/h, 0.0591, 0.001, 20", "EC50ntx, ng/mL, 0.650, 0.01, 100",
            "EC50ntxol, ng/mL, 13.5, 0.1, 1000" })
    void parameterIsDeclaredAsSpecified(String name, String unit, double def, double min, double max) {
        ParameterSpec p = Declarations.assertParameter(mu(), name, unit, def, min, max);
        assertEquals(ParameterStatus.CALIBRATED, p.status());
        assertTrue(p.source().contains("Rabiner") && p.source().contains("Swiss label"), p.source());
    }

    @Test
    void portsStatesAndMetrics() {
        MechanismSpec s = mu();
        assertEquals(3, s.parameters().size());
        assertEquals("ng/mL", s.states().get(s.stateIndex("CeNtx")).unit());
        assertEquals("ng/mL", s.states().get(s.stateIndex("CeNtxol")).unit());
        for (String in : new String[] { "Cntx", "Cntxol" }) {
            PortSpec p = s.inputs().get(s.inputIndex(in));
            assertEquals("ng/mL", p.unit());
            assertFalse(p.isEvent());
        }
        PortSpec occ = s.outputs().get(s.outputIndex(ReceptorMechanisms.OCCUPANCY));
        assertEquals("fraction", occ.unit());
        assertTrue(occ.feedthrough().isEmpty(), "occupancy reads states only");
        MetricSpec peak = s.metrics().stream().filter(m -> m.id().equals("peakOccupancy")).findFirst().orElseThrow();
        assertEquals(MetricSpec.Kind.MAX, peak.kind());
        assertEquals(MetricSpec.Headline.LAST_DAY, peak.headline());
        assertEquals("fraction", peak.unit());
        MetricSpec trough = s.metrics().stream().filter(m -> m.id().equals("troughOccupancy")).findFirst()
                .orElseThrow();
        assertEquals(MetricSpec.Kind.MIN, trough.kind());
        assertEquals(MetricSpec.Headline.LAST_DAY, trough.headline());
        assertTrue(peak.order() < trough.order());
        assertFalse(s.name().startsWith("%") || peak.label().startsWith("%"));
    }
}
