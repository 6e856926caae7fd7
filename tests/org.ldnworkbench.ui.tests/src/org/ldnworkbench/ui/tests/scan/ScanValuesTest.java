package org.ldnworkbench.ui.tests.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.ui.internal.scan.ScanValues;
import org.ldnworkbench.ui.internal.scan.ScanValues.Spacing;

/** The values of a scan range: spacing, exact ends, rounding between them, whole numbers. */
class ScanValuesTest {
    @Test
    void linearValuesAreEvenlySpacedWithTheEndsAsGiven() {
        assertArrayEquals(new double[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, ScanValues.of(0, 10, 11, Spacing.LINEAR,
                false));
        double[] v = ScanValues.of(0.3, 2.2, 11, Spacing.LINEAR, false);
        assertEquals(0.3, v[0]);
        assertEquals(2.2, v[10], "0.3 + 10 * (2.2 - 0.3) / 10 is 2.1999999999999997: the end must be the value typed");
        assertEquals(0.49, v[1]);
    }

    @Test
    void logValuesGrowByAFixedFactorAndEndExactlyAtTheTypedEnds() {
        double[] v = ScanValues.of(0.5, 100, 12, Spacing.LOG, false);
        assertEquals(12, v.length);
        assertEquals(0.5, v[0]);
        assertEquals(100.0, v[11]);
        assertEquals(100.0, ScanValues.of(0.3, 100, 12, Spacing.LOG, false)[11],
                "0.3 * (100 / 0.3) is 100.00000000000001: the end must be the value typed");
        double factor = Math.pow(200, 1.0 / 11);
        for (int i = 1; i < v.length; i++) {
            assertEquals(factor, v[i] / v[i - 1], factor * 2e-3, "value " + i + " is not a fixed factor above the last");
        }
    }

    @Test
    void valuesBetweenTheEndsAreRoundedToFourSignificantDigits() {
        double[] v = ScanValues.of(0.5, 100, 12, Spacing.LOG, false);
        for (int i = 1; i < v.length - 1; i++) {
            assertTrue(new BigDecimal(Double.toString(v[i])).stripTrailingZeros().precision() <= ScanValues.DIGITS,
                    "value " + i + " = " + v[i] + " has more than " + ScanValues.DIGITS + " significant digits");
        }
        assertEquals(0.8094, v[1]);
        assertEquals(1.31, v[2]);
    }

    @Test
    void roundingKeepsMoreDigitsWhereFourWouldMakeValuesEqual() {
        double[] v = ScanValues.of(1, 1.001, 6, Spacing.LINEAR, false);
        assertArrayEquals(new double[] { 1, 1.0002, 1.0004, 1.0006, 1.0008, 1.001 }, v);
    }

    @Test
    void aWholeNumberParameterGetsDistinctWholeValues() {
        double[] v = ScanValues.of(1, 10, 20, Spacing.LOG, true);
        assertArrayEquals(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, v,
                "20 log-spaced counts from 1 to 10 are the ten whole numbers, each once");
    }

    @Test
    void invalidRangesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ScanValues.of(0, 10, 5, Spacing.LOG, false));
        assertThrows(IllegalArgumentException.class, () -> ScanValues.of(10, 1, 5, Spacing.LINEAR, false));
        assertThrows(IllegalArgumentException.class, () -> ScanValues.of(1, 10, 1, Spacing.LINEAR, false));
        assertThrows(IllegalArgumentException.class, () -> ScanValues.of(1.5, 10, 5, Spacing.LINEAR, true));
    }
}
