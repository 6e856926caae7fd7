package org.ldnworkbench.receptor.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.receptor.core.ReceptorMechanisms;

/** Mu receptor occupancy: public checkpoints, both presets, closed form, bounds and ranges. */
class MuReceptorTest {
    private static final String PET = ReceptorMechanisms.PRESET_PET_CALIBRATED;
    private static final String RAPID = ReceptorMechanisms.PRESET_RAPID_EQUILIBRIUM;

    /**
     * Public checkpoints (pet-calibrated, single dose at t = 0): peak occupancy within the first 8 h, to 0.5%. The
     * model gives 24.56%, 44.88% and 89.06%.
     */
    @ParameterizedTest
    @CsvSource({ "2, 0.246", "5, 0.449", "50, 0.891" })
    void petCalibratedPeakOccupancyMatchesThePublicCheckpoints(double dose, double expected) throws Exception {
        SimulationResult r = ReceptorPipelines.run(ReceptorPipelines.singleDose(PET, dose, 8, 0.001));
        assertEquals(expected, ReceptorPipelines.peak(r, 8), 0.005 * expected, dose + " mg");
    }

    /** The default preset applies when a node names none. */
    @Test
    void petCalibratedIsTheDefault() throws Exception {
        SimulationResult named = ReceptorPipelines.run(ReceptorPipelines.singleDose(PET, 5, 8, 0.01));
        SimulationResult unnamed = ReceptorPipelines.run(ReceptorPipelines.singleDose(null, 5, 8, 0.01));
        assertEquals(ReceptorPipelines.peak(named, 8), ReceptorPipelines.peak(unnamed, 8), 0.0);
    }

    /**
     * The calibration's second target: 70-80% occupancy 48 h after 50 mg (Swiss label). The model gives 75.0%. The
     * rapid-equilibrium hypothesis fits the PET peaks (2 mg 29%, 5 mg 51%, 50 mg 91%) but leaves 17% at 48 h; the
     * specification quotes these to the whole percent, so they are compared rounded.
     */
    @Test
    void presetsReproduceTheirDocumentedPeaksAndPersistence() throws Exception {
        SimulationResult pet = ReceptorPipelines.run(ReceptorPipelines.singleDose(PET, 50, 48, 0.01));
        double pet48 = ReceptorPipelines.at(pet, 48);
        assertTrue(pet48 >= 0.70 && pet48 <= 0.80, "pet-calibrated at 48 h: " + pet48);

        double[][] rapidPeaks = { { 2, 29 }, { 5, 51 }, { 50, 91 } };
        for (double[] c : rapidPeaks) {
            SimulationResult r = ReceptorPipelines.run(ReceptorPipelines.singleDose(RAPID, c[0], 8, 0.001));
            assertEquals(c[1], Math.round(100 * ReceptorPipelines.peak(r, 8)), 0.0, "rapid-equilibrium " + c[0] + " mg");
        }
        SimulationResult rapid = ReceptorPipelines.run(ReceptorPipelines.singleDose(RAPID, 50, 48, 0.01));
        assertEquals(17, Math.round(100 * ReceptorPipelines.at(rapid, 48)), 0.0, "rapid-equilibrium at 48 h");
    }

    /**
     * With constant plasma levels C1, C2 from t = 0 the effect site follows Ce = C (1 - exp(-ke0 t)), so
     * occupancy = x/(1+x) with x = (1 - exp(-ke0 t)) (C1/EC50ntx + C2/EC50ntxol), for either preset's values.
     */
    @ParameterizedTest
    @CsvSource({ "pet-calibrated, 0.0591, 0.650, 13.5", "rapid-equilibrium, 3.0, 1.8, 60" })
    void constantPlasmaLevelsGiveTheClosedForm(String preset, double ke0, double ec50ntx, double ec50ntxol)
            throws Exception {
        double c1 = 2.0;
        double c2 = 15.0;
        SimulationResult r = ReceptorPipelines.run(ReceptorPipelines.constantPlasma(preset, c1, c2, 72, 0.5));
        double[] occ = ReceptorPipelines.occupancy(r);
        for (int i = 0; i < r.length(); i++) {
            double t = r.time()[i];
            double x = -Math.expm1(-ke0 * t) * (c1 / ec50ntx + c2 / ec50ntxol);
            assertEquals(x / (1 + x), occ[i], 1e-9, preset + " at t = " + t);
        }
    }

    @Test
    void eachPresetLoadsWithItsValues() {
        var spec = MechanismRegistry.getDefault().spec(ReceptorMechanisms.MU);
        var pet = spec.preset(PET);
        var rapid = spec.preset(RAPID);
        assertTrue(pet.isDefault());
        assertFalse(rapid.isDefault());
        assertEquals(spec.defaultPreset(), pet);
        assertEquals(List.of(0.0591, 0.650, 13.5), List.copyOf(pet.values().values()));
        assertEquals(List.of("ke0", "EC50ntx", "EC50ntxol"), List.copyOf(pet.values().keySet()));
        assertEquals(List.of(3.0, 1.8, 60.0), List.copyOf(rapid.values().values()));
        // the declared defaults are the default preset's values
        pet.values().forEach((name, v) -> assertEquals(v, spec.parameter(name).defaultValue(), 0.0, name));
        // the descriptions tell users what each preset does and does not fit
        assertTrue(pet.description().contains("48 h") && pet.description().contains("70-80%"), pet.description());
        assertTrue(rapid.description().contains("17%") && rapid.description().contains("hypothesis"),
                rapid.description());
    }

    /** Occupancy stays in [0, 1], even at the largest dose accepted and at absurd plasma levels. */
    @ParameterizedTest
    @ValueSource(strings = { "pet-calibrated", "rapid-equilibrium" })
    void occupancyIsBoundedForHugeDoses(String preset) throws Exception {
        SimulationResult r = ReceptorPipelines.run(ReceptorPipelines.dosed(preset, 1000, 0, 24, 3, 24 * 10, 0.05));
        double[] occ = ReceptorPipelines.occupancy(r);
        for (int i = 0; i < r.length(); i++) {
            assertTrue(occ[i] >= 0 && occ[i] <= 1, "occupancy " + occ[i] + " at " + r.time()[i]);
        }
        assertTrue(ReceptorPipelines.peak(r, 240) > 0.99);
        SimulationResult huge = ReceptorPipelines.run(ReceptorPipelines.constantPlasma(preset, 1e12, 1e12, 48, 0.5));
        double[] h = ReceptorPipelines.occupancy(huge);
        for (int i = 0; i < huge.length(); i++) {
            assertTrue(h[i] >= 0 && h[i] <= 1, "occupancy " + h[i] + " at " + huge.time()[i]);
        }
        assertEquals(1.0, h[huge.length() - 1], 1e-9);
    }

    /** Per-day metrics: the peak and trough of the last day of a nightly course. */
    @Test
    void lastDayPeakAndTroughMetrics() throws Exception {
        Pipeline p = ReceptorPipelines.dosed(null, 4.5, 22, 24, 7, 24 * 7, 0.1);
        RunSummary s = RunSummary.of(ReceptorPipelines.run(p));
        var days = s.output("receptor.occupancy").days();
        var peak = s.metric("receptor.peakOccupancy");
        var trough = s.metric("receptor.troughOccupancy");
        assertEquals(days.get(days.size() - 1).max(), peak.lastDay(), 0.0);
        assertEquals(days.get(days.size() - 1).min(), trough.lastDay(), 0.0);
        assertEquals(peak.lastDay(), peak.headlineValue(), 0.0);
        assertTrue(trough.lastDay() > 0.3 && peak.lastDay() < 0.7, trough.lastDay() + " .. " + peak.lastDay());
    }

    @Test
    void outOfRangeParametersAreRefusedNamingNodeAndParameter() {
        Pipeline p = ReceptorPipelines.singleDose(null, 4.5, 24, 0.1);
        p.node("receptor").parameter("ke0", 25).parameter("EC50ntx", 0);
        String all = assertThrows(CompileException.class, () -> ReceptorPipelines.run(p)).problems().toString();
        assertTrue(all.contains("node 'receptor'") && all.contains("ke0 = 25.0") && all.contains("[0.001, 20.0]"),
                all);
        assertTrue(all.contains("EC50ntx = 0.0") && all.contains("[0.01, 100.0]"), all);
    }
}
