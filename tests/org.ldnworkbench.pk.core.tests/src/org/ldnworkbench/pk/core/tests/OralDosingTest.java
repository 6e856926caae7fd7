package org.ldnworkbench.pk.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.pipeline.ParameterLayer;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.mechanism.EventSource;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.pk.core.PkMechanisms;

/** The dosing regimen's schedule: firstDose + k*interval for k &lt; count, inside the run. */
class OralDosingTest {
    private static List<double[]> schedule(double start, double end, double amount, double first, double interval,
            double count) throws Exception {
        MechanismSpec spec = MechanismRegistry.getDefault().spec(PkMechanisms.ORAL_DOSING);
        EventSource src = (EventSource) MechanismRegistry.getDefault().create(PkMechanisms.ORAL_DOSING);
        double[] p = new double[spec.parameters().size()];
        p[spec.parameterIndex("amount")] = amount;
        p[spec.parameterIndex("firstDose")] = first;
        p[spec.parameterIndex("interval")] = interval;
        p[spec.parameterIndex("count")] = count;
        List<double[]> events = new ArrayList<>();
        src.schedule(start, end, p, (out, t, v) -> events.add(new double[] { out, t, v }));
        return events;
    }

    @Test
    void dosesAtFirstDosePlusMultiplesOfTheIntervalUpToCount() throws Exception {
        List<double[]> e = schedule(0, 1344, 4.5, 22, 24, 56);
        assertEquals(56, e.size());
        int dose = MechanismRegistry.getDefault().spec(PkMechanisms.ORAL_DOSING).outputIndex("dose");
        for (int k = 0; k < e.size(); k++) {
            assertEquals(dose, (int) e.get(k)[0]);
            assertEquals(22 + 24.0 * k, e.get(k)[1], 0.0);
            assertEquals(4.5, e.get(k)[2], 0.0);
        }
    }

    @Test
    void dosesOutsideTheRunAreDropped() throws Exception {
        // 100 doses requested, the run ends at 100 h: doses at 8, 32, 56, 80 only
        List<double[]> e = schedule(0, 100, 50, 8, 24, 100);
        assertEquals(4, e.size());
        assertEquals(80, e.get(3)[1], 0.0);
        // a run starting later skips earlier doses; a dose exactly at an end point is kept
        e = schedule(30, 80, 50, 8, 24, 100);
        assertEquals(List.of(32.0, 56.0, 80.0), e.stream().map(x -> x[1]).toList());
    }

    @Test
    void zeroCountMeansNoDoses() throws Exception {
        assertTrue(schedule(0, 1000, 4.5, 22, 24, 0).isEmpty());
    }

    /** count is declared integer="true": 2.5 doses used to run as 3 (k = 0, 1, 2 &lt; 2.5). */
    @Test
    void aFractionalCountIsRefusedNamingNodeAndParameter() throws Exception {
        MechanismSpec s = MechanismRegistry.getDefault().spec(PkMechanisms.ORAL_DOSING);
        assertTrue(s.parameter("count").integer());
        assertFalse(s.parameter("amount").integer() || s.parameter("interval").integer());
        Pipeline p = PkPipelines.regimen(4.5, 22, 24, 3, 96, 0.1);
        p.node("dosing").parameter("count", 2.5);
        String msg = assertThrows(CompileException.class, () -> PkPipelines.compile(p)).getMessage();
        assertTrue(msg.contains("node 'dosing', parameters.count: count = 2.5 is not a whole number"), msg);
        p.node("dosing").parameter("count", 3);
        ParameterLayer scan = ParameterLayer.scanValue("dosing.count", 7.5);
        msg = assertThrows(CompileException.class, () -> new org.ldnworkbench.core.engine.PipelineCompiler(
                MechanismRegistry.getDefault()).compile(p, "test", List.of(), List.of(scan))).getMessage();
        assertTrue(msg.contains("count = 7.5 is not a whole number"), msg);
        PkPipelines.compile(p);
    }

    @Test
    void declaredDefaultsAreTheProductsNightlyCourse() {
        MechanismSpec s = MechanismRegistry.getDefault().spec(PkMechanisms.ORAL_DOSING);
        assertEquals(4.5, s.parameter("amount").defaultValue());
        assertEquals(22.0, s.parameter("firstDose").defaultValue());
        assertEquals(24.0, s.parameter("interval").defaultValue());
        assertEquals(56.0, s.parameter("count").defaultValue());
        assertTrue(s.outputs().get(s.outputIndex("dose")).isEvent());
        assertEquals("mg", s.outputs().get(s.outputIndex("dose")).unit());
    }
}
