package org.ldnworkbench.pk.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.pk.core.PkMechanisms;

/** The plugin.xml declarations: names, units, defaults, ranges and evidence status of the specification. */
class DeclarationTest {
    private static MechanismSpec pk() {
        MechanismSpec s = MechanismRegistry.getDefault().spec(PkMechanisms.NALTREXONE);
        assertNotNull(s, PkMechanisms.NALTREXONE + " is not registered");
        return s;
    }

    @ParameterizedTest
    @CsvSource({
            "ka,          1/h, 3.0,  0.1,  20,   DERIVED",
            "F,           -,   0.40, 0.05, 0.6,  MEASURED",
            "CL,          L/h, 210,  50,   400,  MEASURED",
            "Vc,          L,   1000, 100,  3000, MEASURED",
            "Q,           L/h, 4.0,  0,    100,  ASSUMED",
            "Vp,          L,   400,  1,    5000, ASSUMED",
            "fmSystemic,  -,   0.80, 0,    1,    DERIVED",
            "fmFirstPass, -,   0.80, 0,    1,    DERIVED",
            "CLm,         L/h, 14,   1,    100,  MEASURED",
            "Vm,          L,   240,  10,   2000, DERIVED" })
    void pkParameterIsDeclaredAsSpecified(String name, String unit, double def, double min, double max,
            ParameterStatus status) {
        ParameterSpec p = pk().parameter(name);
        assertNotNull(p, name);
        assertEquals(unit, p.unit(), name);
        assertEquals(def, p.defaultValue(), 0.0, name);
        assertEquals(min, p.min(), 0.0, name);
        assertEquals(max, p.max(), 0.0, name);
        assertEquals(status, p.status(), name);
        assertFalse(p.source().isBlank() || p.source().startsWith("%"), name + " source: " + p.source());
        assertFalse(p.description().startsWith("%"), name);
    }

    @ParameterizedTest
    @CsvSource({
            "amount,    mg, 4.5, 0,   1000",
            "firstDose, h,  22,  0,   1e6",
            "interval,  h,  24,  0.5, 1e4",
            "count,     -,  56,  0,   100000" })
    void dosingParameterIsDeclaredAsSpecified(String name, String unit, double def, double min, double max) {
        ParameterSpec p = MechanismRegistry.getDefault().spec(PkMechanisms.ORAL_DOSING).parameter(name);
        assertNotNull(p, name);
        assertEquals(unit, p.unit(), name);
        assertEquals(def, p.defaultValue(), 0.0, name);
        assertEquals(min, p.min(), 0.0, name);
        assertEquals(max, p.max(), 0.0, name);
        assertEquals(ParameterStatus.ASSUMED, p.status(), name);
        assertFalse(p.source().isBlank() || p.source().startsWith("%"), name);
    }

    @Test
    void portsStatesAndMetrics() {
        MechanismSpec s = pk();
        assertEquals(10, s.parameters().size());
        assertEquals(List.of("gut", "central", "peripheral", "naltrexol"),
                s.states().stream().map(x -> x.name()).toList());
        assertTrue(s.states().stream().allMatch(x -> x.unit().equals("mg")));
        PortSpec dose = s.inputs().get(s.inputIndex(PkMechanisms.DOSE));
        assertTrue(dose.isEvent());
        assertEquals("mg", dose.unit());
        for (String out : List.of(PkMechanisms.CNTX, PkMechanisms.CNTXOL)) {
            PortSpec o = s.outputs().get(s.outputIndex(out));
            assertEquals("ng/mL", o.unit(), out);
            assertTrue(o.feedthrough().isEmpty(), out);
        }
        MetricSpec cmax = s.metrics().stream().filter(m -> m.id().equals("cntxMax")).findFirst().orElseThrow();
        assertEquals(MetricSpec.Kind.MAX, cmax.kind());
        assertEquals(MetricSpec.Headline.RUN, cmax.headline());
        assertEquals("Cntx", cmax.output());
        MetricSpec mmax = s.metrics().stream().filter(m -> m.id().equals("cntxolMax")).findFirst().orElseThrow();
        assertEquals("Cntxol", mmax.output());
        assertFalse(s.name().startsWith("%") || s.description().isBlank() || s.category().startsWith("%"));
    }
}
