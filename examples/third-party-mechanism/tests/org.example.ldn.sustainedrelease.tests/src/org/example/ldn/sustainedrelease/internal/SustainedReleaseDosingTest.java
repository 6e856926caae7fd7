package org.example.ldn.sustainedrelease.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Checks the release schedule and the release rate against the equations of {@link SustainedReleaseDosing}: slice
 * amounts are differences of {@code exp(-krel*s)}, each capsule delivers its whole amount, the immediate part is a
 * bolus at the capsule's time, and the continuous rate is {@code A*krel*exp(-krel*s)} summed over capsules.
 */
class SustainedReleaseDosingTest {
    /* Parameter order as declared in plugin.xml. */
    private static final int AMOUNT = 0;
    private static final int FIRST_DOSE = 1;
    private static final int INTERVAL = 2;
    private static final int COUNT = 3;
    private static final int IMMEDIATE = 4;
    private static final int KREL = 5;
    private static final int STEP = 6;
    private static final int RELEASE_RATE = 1; // output index (dose is 0)

    private record Dose(double time, double amount) {
    }

    private static double[] parameters(double amount, double count, double immediate, double krel, double step) {
        double[] p = new double[7];
        p[AMOUNT] = amount;
        p[FIRST_DOSE] = 22;
        p[INTERVAL] = 24;
        p[COUNT] = count;
        p[IMMEDIATE] = immediate;
        p[KREL] = krel;
        p[STEP] = step;
        return p;
    }

    /** The mechanism with the indices bind would set for the declaration in plugin.xml. */
    private static SustainedReleaseDosing mechanism() throws Exception {
        SustainedReleaseDosing m = new SustainedReleaseDosing();
        for (String[] field : new String[][] {{"amount", "0"}, {"firstDose", "1"}, {"interval", "2"}, {"count", "3"},
                {"immediateFraction", "4"}, {"krel", "5"}, {"releaseStep", "6"}, {"dose", "0"},
                {"releaseRate", "1"}}) {
            var f = SustainedReleaseDosing.class.getDeclaredField(field[0]);
            f.setAccessible(true);
            f.setInt(m, Integer.parseInt(field[1]));
        }
        return m;
    }

    private static List<Dose> schedule(double start, double end, double[] p) throws Exception {
        List<Dose> doses = new ArrayList<>();
        mechanism().schedule(start, end, p, (output, time, value) -> doses.add(new Dose(time, value)));
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
        List<Dose> doses = schedule(24, 30, parameters(4.5, 1, 0, 0.29, 0.25));
        assertTrue(doses.stream().allMatch(d -> d.time() >= 24 && d.time() <= 30));
        assertEquals(24, doses.size()); // midpoints 24.125 ... 29.875
    }

    @Test
    void releaseRateIsTheSumOfFirstOrderReleasesOfCapsulesTaken() throws Exception {
        double[] p = parameters(4.5, 56, 0.3, 0.2, 0.25);
        SustainedReleaseDosing m = mechanism();
        double a = 0.7 * 4.5;
        assertEquals(0, m.output(RELEASE_RATE, 21.9, new double[0], new double[0], p), 0);
        assertEquals(a * 0.2, m.output(RELEASE_RATE, 22, new double[0], new double[0], p), 1e-12);
        double t = 50;
        double expected = a * 0.2 * (Math.exp(-0.2 * (t - 22)) + Math.exp(-0.2 * (t - 46)));
        assertEquals(expected, m.output(RELEASE_RATE, t, new double[0], new double[0], p), 1e-12);
    }

    @Test
    void slicesEndWhenLessThanTheTailIsLeft() {
        int n = SustainedReleaseDosing.sliceCount(0.29, 0.25);
        assertTrue(Math.exp(-0.29 * 0.25 * n) < SustainedReleaseDosing.TAIL);
        assertTrue(Math.exp(-0.29 * 0.25 * (n - 1)) >= SustainedReleaseDosing.TAIL);
    }
}
