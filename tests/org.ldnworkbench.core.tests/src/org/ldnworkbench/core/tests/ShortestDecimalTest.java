package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.internal.results.ShortestDecimal;

/**
 * The shared number format writes exactly what the files held before it (integral values below 1e15 as integers,
 * the rest as {@link Double#toString(double)}, with a lower-case exponent in JSON): result files are compared byte
 * for byte.
 */
class ShortestDecimalTest {
    /** The format as TimeseriesCsv and JsonText wrote it before the shared formatter. */
    private static String before(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    @Test
    void edgeValuesAsBefore() {
        double[] edges = { 0.0, -0.0, 1.0, -1.0, 22.0, 0.1, 0.2, 0.30000000000000004, 1e-3, 0.0009999999999999998,
                1e-5, 1.0000000000000001e-5, 9.999999999999999e-6, 1e7, 9999999.999999998, 1e15, 999999999999999.0,
                -999999999999999.0, 999999999999999.9, 1e16, 1e23, 2e23, Double.MIN_VALUE, Double.MIN_NORMAL,
                Math.nextDown(Double.MIN_NORMAL), Double.MAX_VALUE, Math.scalb(1.0, -44), Math.scalb(1.0, -1074),
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1343.9, 1344.0, 0.5, 4.5 };
        for (double v : edges) {
            assertSame(v);
        }
    }

    @Test
    void randomValuesOfEveryMagnitudeAsBefore() {
        SplittableRandom random = new SplittableRandom(13);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 300_000; i++) {
            values.add(Double.longBitsToDouble(random.nextLong())); // every exponent, subnormals and NaNs included
            values.add(random.nextDouble() * Math.pow(10, random.nextInt(-20, 21)));
            values.add(Math.rint(random.nextDouble() * 2e15) - 1e15); // integers on both sides of 1e15
            values.add(random.nextInt(0, 13_441) * 0.1); // the time column of a 56-day run
        }
        for (int k = -1074; k <= 1023; k++) {
            double p = Math.scalb(1.0, k);
            values.add(p);
            values.add(Math.nextUp(p));
            values.add(Math.nextDown(p));
        }
        for (double v : values) {
            assertSame(v);
        }
    }

    private static void assertSame(double v) {
        String expected = before(v);
        assertEquals(expected, ShortestDecimal.toString(v), () -> "bits " + Long.toHexString(Double.doubleToRawLongBits(v)));
        assertEquals(expected, ShortestDecimal.append(new StringBuilder("x,"), v).substring(2));
        assertEquals(expected.replace("E", "e"), ShortestDecimal.appendJson(new StringBuilder("E"), v).substring(1));
    }
}
