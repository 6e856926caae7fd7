package org.ldnworkbench.inflammation.core.tests;

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
import org.ldnworkbench.inflammation.core.InflammationMechanisms;
import org.ldnworkbench.tests.support.Declarations;

/** The plugin.xml declaration of the glia mechanism. */
class DeclarationTest {
    private static MechanismSpec glia() {
        return Declarations.registered(InflammationMechanisms.GLIA);
    }

    @ParameterizedTest
    @CsvSource({ "drive, -, 1.0, 0, 10, ASSUMED", "kAct, 1/h, 0.05, 1e-3, 5, ASSUMED",
            "kDeact, 1/h, 0.05, 1e-3, 5, ASSUMED", "IC50, uM, 10, 0.01, 1000, ASSUMED", "n, -, 1.0, 0.5, 4, ASSUMED",
            "Imax, -, 1.0, 0, 1, ASSUMED", "tissuePartition, -, 1.0, 0.01, 1000, ASSUMED",
            "eOpioid, -, 0.5, 0, 5, ASSUMED", "kTnf, 1/h, 0.85, 0.01, 10, MEASURED",
            "kIl6, 1/h, 0.14, 0.01, 10, MEASURED", "kIl1b, 1/h, 0.28, 0.01, 10, ASSUMED" })
    void parameterIsDeclaredAsSpecified(String name, String unit, double def, double min, double max,
            ParameterStatus status) {
        ParameterSpec p = Declarations.assertParameter(glia(), name, unit, def, min, max);
        assertEquals(status, p.status());
    }

    /** The IC50 carries the caveat the specification requires next to it. */
    @Test
    void ic50StatesThePlasmaLevelGap() {
        String note = glia().parameter("IC50").note();
        assertTrue(note.contains(">300-fold") && note.contains("~3 nM") && note.contains("below 0.1%"), note);
        assertTrue(glia().parameters().stream().filter(p -> !p.name().equals("IC50")).allMatch(p -> p.note().isEmpty()));
    }

    @Test
    void portsStatesAndMetrics() {
        MechanismSpec s = glia();
        assertEquals(11, s.parameters().size());
        assertEquals(List.of("A", "TNF", "IL6", "IL1b"), s.states().stream().map(x -> x.name()).toList());
        assertEquals("fraction", s.states().get(0).unit());
        assertEquals("ng/mL", s.inputs().get(s.inputIndex(InflammationMechanisms.CNTX)).unit());
        assertEquals("relative", s.inputs().get(s.inputIndex(InflammationMechanisms.SIGNALING)).unit());
        for (String out : List.of(InflammationMechanisms.GLIAL_ACTIVATION, InflammationMechanisms.TNF,
                InflammationMechanisms.IL6, InflammationMechanisms.IL1B)) {
            PortSpec o = s.outputs().get(s.outputIndex(out));
            assertEquals("relative", o.unit(), out);
            assertTrue(o.feedthrough().isEmpty(), out);
        }
        PortSpec tlr4 = s.outputs().get(s.outputIndex(InflammationMechanisms.TLR4_INHIBITION));
        assertEquals("fraction", tlr4.unit());
        assertEquals(List.of("Cntx"), tlr4.feedthrough());
        for (MetricSpec m : s.metrics()) {
            assertEquals(MetricSpec.Headline.RUN, m.headline(), m.id());
            assertEquals(m.output().equals("tlr4Inhibition") ? MetricSpec.Kind.MAX : MetricSpec.Kind.FINAL, m.kind(),
                    m.id());
        }
        assertEquals(5, s.metrics().size());
    }
}
