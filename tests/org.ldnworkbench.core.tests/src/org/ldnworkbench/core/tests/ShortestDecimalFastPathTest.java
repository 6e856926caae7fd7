package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.DoubleConsumer;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.internal.results.ShortestDecimal;

/**
 * The fast path of the number format (its own shortest-closest digits for normal doubles below 2^53 that are not
 * powers of two) writes what {@link Double#toString(double)} writes, on a few million values aimed at it: random
 * bits of every exponent, full mantissas in the range of result columns, short decimals and their neighbours, exact
 * ties of the last digit, neighbours of powers of ten and of tenths, the ends of every binade. Numbers are compared
 * in the CSV and the JSON form, and from several threads at once (the formatter shares one scratch buffer).
 */
class ShortestDecimalFastPathTest {
    private static final long FRACTION = 0xF_FFFF_FFFF_FFFFL;

    /** The format before the fast path: integral values below 1e15 as integers, the rest as Double.toString. */
    private static String before(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Whether ShortestDecimal writes {@code v} with its own digits rather than through Double.toString. */
    private static boolean onFastPath(double v) {
        long bits = Double.doubleToRawLongBits(v);
        int exponent = (int) (bits >>> 52) & 0x7FF;
        boolean integral = v == Math.rint(v) && Math.abs(v) < 1e15;
        return !integral && exponent != 0 && exponent <= 1075 && (bits & FRACTION) != 0;
    }

    private static final class Comparison implements DoubleConsumer {
        private final StringBuilder sb = new StringBuilder(64);
        long compared;
        long fast;

        @Override
        public void accept(double v) {
            String expected = before(v);
            sb.setLength(0);
            ShortestDecimal.append(sb.append('x'), v);
            assertTrue(sb.indexOf(expected) == 1 && sb.length() == expected.length() + 1,
                    () -> "bits " + Long.toHexString(Double.doubleToRawLongBits(v)) + ": expected " + expected
                            + ", written " + sb.substring(1));
            // summary.json's form: exactly Double.toString, integral values too (22.0)
            String java = Double.toString(v);
            String written = ShortestDecimal.javaForm(v);
            if (!java.equals(written)) {
                assertEquals(java, written, "javaForm of bits " + Long.toHexString(Double.doubleToRawLongBits(v)));
            }
            compared++;
            if (onFastPath(v)) {
                fast++;
            }
        }
    }

    @Test
    void randomBitsOfEveryExponent() {
        SplittableRandom random = new SplittableRandom(17);
        Comparison c = new Comparison();
        for (int i = 0; i < 400_000; i++) {
            c.accept(Double.longBitsToDouble(random.nextLong()));
            long exponent = random.nextLong(1, 1076); // uniform over the exponents of the fast path
            long sign = random.nextLong() & Long.MIN_VALUE;
            c.accept(Double.longBitsToDouble(sign | exponent << 52 | random.nextLong() >>> 12));
        }
        assertTrue(c.fast > 0.7 * c.compared, c.fast + " of " + c.compared + " on the fast path");
    }

    @Test
    void fullMantissasInTheRangeOfResults() {
        SplittableRandom random = new SplittableRandom(19);
        Comparison c = new Comparison();
        for (int i = 0; i < 1_000_000; i++) {
            double mantissa = 1.0 + (random.nextLong() >>> 12) * 0x1p-52;
            c.accept(mantissa * Math.scalb(1.0, random.nextInt(-40, 20))); // 1e-12 to 1e6
        }
        assertEquals(c.compared, c.fast);
    }

    @Test
    void shortDecimalsAndTheirNeighbours() {
        SplittableRandom random = new SplittableRandom(23);
        Comparison c = new Comparison();
        for (int i = 0; i < 100_000; i++) {
            int digits = random.nextInt(1, 18);
            long k = random.nextLong(1, (long) Math.pow(10, digits));
            double v = Double.parseDouble(k + "E" + random.nextInt(-325, 20));
            c.accept(v);
            c.accept(Math.nextUp(v));
            c.accept(Math.nextDown(v));
        }
        for (int j = 1; j <= 200_000; j++) {
            double tenths = j * 0.1;
            c.accept(tenths);
            c.accept(Math.nextUp(tenths));
            c.accept(Math.nextDown(tenths));
            c.accept(j * 1e-7);
        }
        assertTrue(c.fast > 0.9 * c.compared, c.fast + " of " + c.compared + " on the fast path");
    }

    @Test
    void neighboursOfPowersOfTenAndEndsOfBinades() {
        Comparison c = new Comparison();
        for (int k = -307; k <= 16; k++) {
            double p = Double.parseDouble("1E" + k);
            double up = p;
            double down = p;
            for (int j = 0; j < 100; j++) {
                c.accept(up);
                c.accept(down);
                c.accept(-up);
                up = Math.nextUp(up);
                down = Math.nextDown(down);
            }
        }
        for (long exponent = 1; exponent < 2047; exponent++) {
            for (long j = 0; j < 16; j++) {
                c.accept(Double.longBitsToDouble(exponent << 52 | j));
                c.accept(Double.longBitsToDouble(exponent << 52 | FRACTION - j));
            }
        }
        assertTrue(c.fast > 0.8 * c.compared, c.fast + " of " + c.compared + " on the fast path");
    }

    /**
     * {@code v 10^n} exactly halfway between two integers ({@code v = c 2^q} with {@code -(n+q)-1} trailing zero bits
     * in {@code c}, {@code n = -floor(q log10 2)}): when both neighbours read back, the one with the even last digit.
     */
    @Test
    void exactTiesOfTheLastDigit() {
        SplittableRandom random = new SplittableRandom(29);
        Comparison c = new Comparison();
        while (c.compared < 300_000) {
            int q = random.nextInt(-1074, 1);
            int n = (int) -Math.floor(q * Math.log10(2));
            int zeros = -(n + q) - 1;
            if (zeros < 0 || zeros > 51) {
                continue;
            }
            long significand = (random.nextLong(1L << 52, 1L << 53) >>> zeros | 1) << zeros;
            if (significand >= 1L << 52) {
                c.accept(Math.scalb((double) significand, q));
            }
        }
        assertEquals(c.compared, c.fast);
    }

    @Test
    void jsonFormHasALowerCaseExponent() {
        SplittableRandom random = new SplittableRandom(31);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            double v = random.nextDouble() * Math.pow(10, random.nextInt(-30, 30));
            sb.setLength(0);
            assertEquals(before(v).replace('E', 'e'), ShortestDecimal.appendJson(sb, v).toString());
        }
    }

    @Test
    void threadsFormattingAtOnceWriteWhatEachWouldAlone() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = t;
                Callable<Long> task = () -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    Comparison c = new Comparison();
                    for (int i = 0; i < 100_000; i++) {
                        c.accept(random.nextDouble() * Math.pow(10, random.nextInt(-12, 7)));
                    }
                    return c.fast;
                };
                done.add(pool.submit(task));
            }
            for (Future<Long> f : done) {
                assertTrue(f.get() > 90_000);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
