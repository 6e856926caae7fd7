package org.ldnworkbench.ui.tests.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.ui.internal.results.live.SweepScale;

/** The sweep slider's mapping: linear or logarithmic by the range's decades, exact ends, rounded values. */
class SweepScaleTest {
    private static final int N = SweepScale.STEPS;

    @Test
    void aRangeOfTwoDecadesOrLessIsLinearWithExactEnds() {
        SweepScale s = SweepScale.of(0.1, 10, false, 1);
        assertFalse(s.log(), "[0.1, 10] spans two decades, not more: it is linear");
        assertEquals(0.1, s.value(0));
        assertEquals(10, s.value(N));
        assertEquals(5.05, s.value(N / 2), 1e-12);
        assertEquals(N / 2, s.position(5.05));
    }

    @Test
    void aRangeOfMoreThanTwoDecadesIsLogarithmic() {
        SweepScale s = SweepScale.of(0.01, 10, false, 1);
        assertTrue(s.log(), "[0.01, 10] spans three decades: it is logarithmic");
        assertEquals(0.01, s.value(0));
        assertEquals(10, s.value(N));
        assertEquals(0.1, s.value(N / 3), 0.001, "a third of the way is one decade up");
        assertEquals(1, s.value(2 * N / 3), 0.01, "two thirds of the way is two decades up");
    }

    @Test
    void aRangeFromZeroStartsAtZeroThenRunsLogarithmicallyFromFourDecadesBelowItsTop() {
        SweepScale dose = SweepScale.of(0, 1000, false, 4.5);
        assertTrue(dose.log(), "[0, 1000] mg spans infinitely many decades");
        assertEquals(0, dose.value(0));
        assertEquals(0.1, dose.value(1), "the first step above zero is 1000 mg / 10^4");
        assertEquals(1000, dose.value(N));
        assertEquals(0, dose.position(0));
        assertEquals(1, dose.position(0.01), "values between 0 and the floor go to the first step");
        double back = dose.value(dose.position(4.5));
        assertEquals(4.5, back, 4.5 * 0.01, "4.5 mg goes to a position whose value is within 1 %");
    }

    @Test
    void valuesBetweenTheEndsHaveThreeSignificantDigitsAndRiseWithThePosition() {
        SweepScale s = SweepScale.of(0, 1000, false, 4.5);
        double last = -1;
        for (int p = 0; p <= N; p++) {
            double v = s.value(p);
            assertTrue(v >= last, "value " + v + " at " + p + " is below " + last + " at the position before");
            assertTrue(new BigDecimal(Double.toString(v)).stripTrailingZeros().precision() <= SweepScale.DIGITS,
                    "value " + v + " at position " + p + " has more than " + SweepScale.DIGITS + " digits");
            last = v;
        }
    }

    @Test
    void anIntegerParameterSweepsWholeNumbers() {
        SweepScale s = SweepScale.of(1, 365, true, 56);
        for (int p = 0; p <= N; p += 7) {
            assertEquals(Math.rint(s.value(p)), s.value(p), "a fractional count at position " + p);
        }
        assertEquals(1, s.value(0));
        assertEquals(365, s.value(N));
    }

    @Test
    void positionsOutsideTheRangeClampToTheEnds() {
        SweepScale s = SweepScale.of(-5, 5, false, 0);
        assertFalse(s.log(), "a range with negative values is linear");
        assertEquals(-5, s.value(-3));
        assertEquals(5, s.value(N + 10));
        assertEquals(0, s.position(-100));
        assertEquals(N, s.position(100));
    }

    @Test
    void anUnboundedRangeGetsEndsAroundTheCurrentValueAndASingleValueNone() {
        SweepScale s = SweepScale.of(0, Double.POSITIVE_INFINITY, false, 3);
        assertEquals(0, s.value(0));
        assertEquals(303, s.value(N), "an unbounded top lies two decades above the current value");
        assertNull(SweepScale.of(2, 2, false, 2), "a range of one value has nothing to sweep");
    }
}
