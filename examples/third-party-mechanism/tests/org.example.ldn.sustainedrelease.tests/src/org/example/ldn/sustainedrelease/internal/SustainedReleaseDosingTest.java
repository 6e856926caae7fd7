package org.example.ldn.sustainedrelease.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.MetricSpec;
import org.ldnworkbench.core.mechanism.PresetSpec;
import org.ldnworkbench.core.registry.MechanismRegistry;

/**
 * Checks the release schedule and the release rate against the equations of {@link SustainedReleaseDosing}: slice
 * amounts are differences of {@code exp(-krel*s)}, each capsule delivers its whole amount, the immediate part is a
 * bolus at the capsule's time, and the continuous rate is {@code A*krel*exp(-krel*s)} summed over capsules. The
 * mechanism comes from the LDN Workbench registry, so these tests also prove the plugin.xml declaration is accepted.
 */
class SustainedReleaseDosingTest {
    private static final String ID = "org.example.ldn.sustainedRelease";

    private record Dose(double time, double amount) {
    }

    private static MechanismSpec spec() {
        return MechanismRegistry.getDefault().spec(ID);
    }

    /** Parameters in the declaration's order: the regimen 22 h + k*24 h and the given release. */
    private static double[] parameters(double amount, double count, double immediate, double krel, double step) {
        MechanismSpec s = spec();
        double[] p = new double[s.parameters().size()];
        p[s.parameterIndex("amount")] = amount;
        p[s.parameterIndex("firstDose")] = 22;
        p[s.parameterIndex("interval")] = 24;
        p[s.parameterIndex("count")] = count;
        p[s.parameterIndex("immediateFraction")] = immediate;
        p[s.parameterIndex("krel")] = krel;
        p[s.parameterIndex("releaseStep")] = step;
        return p;
    }

    /** The mechanism as the workbench creates it: from the registry, bound to its plugin.xml declaration. */
    private static SustainedReleaseDosing mechanism() throws Exception {
        return (SustainedReleaseDosing) MechanismRegistry.getDefault().create(ID);
    }

    private static List<Dose> schedule(double start, double end, double[] p) throws Exception {
        List<Dose> doses = new ArrayList<>();
        int dose = spec().outputIndex("dose");
        mechanism().schedule(start, end, p, (output, time, value) -> {
            assertEquals(dose, output);
            doses.add(new Dose(time, value));
        });
        return doses;
    }

    @Test
    void slicesCarryTheAmountReleasedInTheirIntervalAtItsMidpoint() throws Exception {
        double krel = 0.29;
        double h = 0.25;
        List<Dose> doses = schedule(0, 1000, parameters(4.5, 1, 0, krel, h));
        assertEquals(22 + 0.5 * h, doses.get(0).time(), 1e-12);
        assertEquals(4.5 * (1 - Math.exp(-krel * h)), doses.get(0).amount(), 1e-12);
        assertEquals(22 + 10.5 * h, doses.get(10).time(), 1e-12);
        assertEquals(4.5 * (Math.exp(-krel * 10 * h) - Math.exp(-krel * 11 * h)), doses.get(10).amount(), 1e-12);
    }

    @Test
    void releasedByEightHoursIsNinetyPercentWithTheDefaultPreset() throws Exception {
        double released = schedule(0, 1000, parameters(4.5, 1, 0, 0.29, 0.25)).stream()
                .filter(d -> d.time() < 22 + 8).mapToDouble(Dose::amount).sum();
        assertEquals(4.5 * (1 - Math.exp(-0.29 * 8)), released, 1e-9);
        assertEquals(0.90, released / 4.5, 0.01);
    }

    @Test
    void everyCapsuleDeliversItsWholeAmount() throws Exception {
        List<Dose> doses = schedule(0, 10_000, parameters(4.5, 3, 0.3, 0.2, 0.25));
        assertEquals(3 * 4.5, doses.stream().mapToDouble(Dose::amount).sum(), 1e-9);
        assertTrue(doses.stream().allMatch(d -> d.amount() > 0));
    }

    @Test
    void immediateFractionIsABolusAtTheCapsuleTime() throws Exception {
        List<Dose> doses = schedule(0, 1000, parameters(4.5, 2, 0.3, 0.2, 0.25));
        assertEquals(new Dose(22, 0.3 * 4.5).amount(), doses.get(0).amount(), 1e-12);
        assertEquals(22, doses.get(0).time(), 0);
        assertTrue(doses.stream().anyMatch(d -> d.time() == 46 && Math.abs(d.amount() - 1.35) < 1e-12));
    }

    @Test
    void immediatePresetGivesTheSameDosesAsOralDosing() throws Exception {
        List<Dose> doses = schedule(0, 100, parameters(4.5, 56, 1, 0.29, 0.25));
        assertEquals(List.of(new Dose(22, 4.5), new Dose(46, 4.5), new Dose(70, 4.5), new Dose(94, 4.5)), doses);
    }

    @Test
    void onlyDosesInsideTheRunAreEmitted() throws Exception {
        List<Dose> doses = schedule(24, 30, parameters(4.5, 1, 0.3, 0.29, 0.25)); // the bolus at 22 h is outside
        assertTrue(doses.stream().allMatch(d -> d.time() >= 24 && d.time() <= 30));
        assertEquals(24, doses.size()); // midpoints 24.125 ... 29.875
    }

    @Test
    void releaseRateIsTheSumOfFirstOrderReleasesOfCapsulesTaken() throws Exception {
        double[] p = parameters(4.5, 56, 0.3, 0.2, 0.25);
        SustainedReleaseDosing m = mechanism();
        double a = 0.7 * 4.5;
        assertEquals(0, m.output(spec().outputIndex("releaseRate"), 21.9, new double[0], new double[0], p), 0);
        assertEquals(a * 0.2, m.output(spec().outputIndex("releaseRate"), 22, new double[0], new double[0], p), 1e-12);
        double t = 50;
        double expected = a * 0.2 * (Math.exp(-0.2 * (t - 22)) + Math.exp(-0.2 * (t - 46)));
        assertEquals(expected, m.output(spec().outputIndex("releaseRate"), t, new double[0], new double[0], p), 1e-12);
    }

    @Test
    void declarationHasThePresetsAndTheMetric() {
        MechanismSpec s = spec();
        assertEquals("release-8h", s.defaultPreset().id());
        assertEquals(List.of("release-8h", "biphasic", "immediate"), s.presets().stream().map(PresetSpec::id).toList());
        assertEquals(List.of("releaseRateMax"), s.metrics().stream().map(MetricSpec::id).toList());
    }

    @Test
    void slicesEndWhenLessThanTheTailIsLeft() {
        int n = SustainedReleaseDosing.sliceCount(0.29, 0.25);
        assertTrue(Math.exp(-0.29 * 0.25 * n) < SustainedReleaseDosing.TAIL);
        assertTrue(Math.exp(-0.29 * 0.25 * (n - 1)) >= SustainedReleaseDosing.TAIL);
    }
}
