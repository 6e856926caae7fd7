package org.ldnworkbench.core.internal.results;

import java.math.BigInteger;

/**
 * Writes a double as the shortest decimal that reads back to it, the closest one to it when several are as short
 * (ties to an even last digit), in the layout of {@link Double#toString(double)}: plain from 1e-3 to below 1e7
 * ({@code 0.0248}, {@code 6.5224}), else computerized scientific ({@code 5.7554E-6}), at least one digit after the
 * point. It does what {@code Double.toString} does in a third of the time when only the C1 compiler runs (our short
 * commands), because result files hold hundreds of thousands of numbers.
 * <p>
 * Only for {@linkplain #covers(long) the doubles where Java 17's digits are the same}: normal, not a power of two,
 * below 2^53 in magnitude (nearly every number of a result; compared with Java 17's on 677 million such values, aimed
 * at its edges, without a difference). Elsewhere Java 17's {@code Double.toString} is not always the shortest: a
 * sixth of the powers of two and half the doubles from 1e16 to 1e17 get a digit more, and some larger values a digit
 * that is not the closest; subnormals are left to it too. Java 19 and later write the shortest-closest decimal
 * everywhere, so there this is what {@code Double.toString} writes as well.
 * <p>
 * The algorithm is Raffaello Giulietti's Schubfach ("The Schubfach way to render doubles", 2020): with
 * {@code v = c 2^q} and {@code k = floor(q log10 2)}, the interval of reals that round to {@code v}, scaled by
 * {@code 10^-k}, is so narrow that only the multiples of 1 and 10 next to {@code v 10^-k} can be the answer; they are
 * found from {@code v}, the interval's ends, and a 126-bit upper approximation of {@code 10^-k}, each product rounded
 * to odd on its bits above the 64th (the paper shows that they then decide as the exact values would). The products are
 * made of 32-bit halves (the C1 compiler does not turn {@link Math#multiplyHigh} into one instruction, and one product
 * serves all three values), the digits in two 8-digit halves by multiplications and a table of digit pairs, and the
 * text goes to the builder in one call.
 */
final class ShortestClosestDecimal {
    private ShortestClosestDecimal() {
    }

    private static final long LOW_32 = 0xFFFF_FFFFL;
    private static final long LOW_63 = Long.MAX_VALUE;
    private static final long FRACTION = 0xF_FFFF_FFFF_FFFFL;
    /** {@code -k} for the smallest normal double, the largest power of ten needed. */
    private static final int MAX_TEN_EXPONENT = 324;
    /** {@code g = floor(10^n 2^-r) + 1}, {@code 2^125 <= g < 2^126}, as {@code g >> 63} and its low 63 bits. */
    private static final long[] TEN_POWERS = tenPowers();
    private static final char[] DIGIT_PAIRS = digitPairs();
    /** Room for "-0.00" and 17 digits, or a sign, 17 digits, a point and "E-308"; the digits start at index 8. */
    private static final int SCRATCH_LENGTH = 32;
    /**
     * Each thread's scratch, in the slot of its id: a thread that finds another's there puts its own (the slot's
     * thread id, a final field, is seen right without a lock; ids are never reused). Under C1 a ThreadLocal costs
     * about 20 ns a number, a third of the formatting; one shared buffer claimed by compare-and-set 8 ns, and when the
     * two threads of a run write their CSVs at once, its cache line moving between them took 60 % more time.
     */
    private static final Scratch[] SCRATCHES = new Scratch[64];

    private record Scratch(long threadId, char[] chars) {
    }

    /** Whether the double with these bits is one this class writes: normal, not a power of two, below 2^53. */
    static boolean covers(long bits) {
        int exponent = (int) (bits >>> 52) & 0x7FF;
        return exponent != 0 && exponent <= 1075 && (bits & FRACTION) != 0;
    }

    /** Appends the double with these {@linkplain #covers(long) covered} bits, with this letter before the exponent. */
    static void append(StringBuilder sb, long bits, char exponentLetter) {
        int q = ((int) (bits >>> 52) & 0x7FF) - 1075;
        long c = bits & FRACTION | FRACTION + 1;
        int n = -((q * 78913) >> 18); // -floor(q log10 2)
        int h = q + ((n * 1741647) >> 19) + 2; // q + floor(n log2 10) + 2, in 2..5
        long g1 = TEN_POWERS[2 * n];
        long g0 = TEN_POWERS[2 * n + 1];
        long cp = c << (h + 2);
        long b1 = cp >>> 32;
        long b0 = cp & LOW_32;
        // g0 cp = x1 2^64 + x0
        long a1 = g0 >>> 32;
        long a0 = g0 & LOW_32;
        long p00 = a0 * b0;
        long p01 = a0 * b1;
        long p10 = a1 * b0;
        long mid = (p00 >>> 32) + (p01 & LOW_32) + (p10 & LOW_32);
        long x1 = a1 * b1 + (p01 >>> 32) + (p10 >>> 32) + (mid >>> 32);
        long x0 = mid << 32 | p00 & LOW_32;
        // g1 cp = y1 2^64 + y0
        a1 = g1 >>> 32;
        a0 = g1 & LOW_32;
        p00 = a0 * b0;
        p01 = a0 * b1;
        p10 = a1 * b0;
        mid = (p00 >>> 32) + (p01 & LOW_32) + (p10 & LOW_32);
        long y1 = a1 * b1 + (p01 >>> 32) + (p10 >>> 32) + (mid >>> 32);
        long y0 = mid << 32 | p00 & LOW_32;
        // g cp = i 2^127 + f 2^64 + l: 4 v 10^-k with 63 fraction bits f and the bits l below them
        long l = (y0 << 63) + x0;
        long z = (y0 >>> 1) + x1 + carry(y0 << 63, x0, l);
        long i = y1 + (z >>> 63);
        long f = z & LOW_63;
        // g 2^(h+1), half the spacing of doubles around v, in the same three parts
        long dl = g0 << (h + 1);
        long df = (g1 << h | g0 >>> (63 - h)) & LOW_63;
        long di = g1 >>> (63 - h);
        // the interval's ends, rounded to odd
        long ll = l - dl;
        long fl = f - df - borrow(l, dl, ll);
        long vbl = i - di + (fl >> 63) | (fl & LOW_63) + LOW_63 >>> 63;
        long lr = l + dl;
        long fr = f + df + carry(l, dl, lr);
        long vbr = i + di + (fr >>> 63) | (fr & LOW_63) + LOW_63 >>> 63;
        long vb = i | f + LOW_63 >>> 63;
        int out = (int) c & 1; // an odd c's interval leaves its ends out
        // of the multiples of 10 around s = floor(v 10^-k) at most one reads back: if one does, it is the shortest;
        // else s or s + 1, the one that reads back, or if both do the closer, a tie to the even one
        long s = vb >> 2;
        long high = s / 100_000_000;
        int low = (int) (s - high * 100_000_000);
        int lastDigit = low - (int) ((low * 3435973837L) >>> 35) * 10;
        long sp10 = s - lastDigit;
        boolean upin = vbl + out <= sp10 << 2;
        boolean wpin = (sp10 + 10 << 2) + out <= vbr;
        if (upin != wpin) {
            low += upin ? -lastDigit : 10 - lastDigit;
        } else {
            boolean uin = vbl + out <= s << 2;
            boolean win = (s + 1 << 2) + out <= vbr;
            if (uin != win) {
                low += uin ? 0 : 1;
            } else {
                long cmp = vb - (s << 2) - 2;
                low += cmp < 0 || cmp == 0 && (s & 1) == 0 ? 0 : 1;
            }
        }
        if (low >= 100_000_000) {
            low -= 100_000_000;
            high++;
        }
        write(sb, scratch(), bits < 0, high, low, n, exponentLetter);
    }

    private static char[] scratch() {
        long threadId = Thread.currentThread().getId();
        int slot = (int) threadId & (SCRATCHES.length - 1);
        Scratch s = SCRATCHES[slot];
        if (s == null || s.threadId() != threadId) {
            s = new Scratch(threadId, new char[SCRATCH_LENGTH]);
            SCRATCHES[slot] = s;
        }
        return s.chars();
    }

    private static long carry(long a, long b, long sum) {
        return (a & b | (a | b) & ~sum) >>> 63;
    }

    private static long borrow(long a, long b, long difference) {
        return (~a & b | (~a | b) & difference) >>> 63;
    }

    /** Appends {@code (high 10^8 + low) 10^-n}, the digits 16 or 17. */
    private static void write(StringBuilder sb, char[] b, boolean negative, long high, int low, int n,
            char exponentLetter) {
        int at;
        int end;
        int e;
        if (high >= 100_000_000) {
            int first = (int) ((high * 1441151881L) >>> 57);
            b[8] = (char) ('0' + first);
            high -= first * 100_000_000L;
            at = 9;
            end = 25;
            e = 16 - n;
        } else {
            at = 8;
            end = 24;
            e = 15 - n;
        }
        eightDigits(b, at, (int) high);
        eightDigits(b, at + 8, low);
        while (b[end - 1] == '0') {
            end--;
        }
        int start = 7;
        if (e >= 0 && e < 7) {
            for (int j = 0; j <= e; j++) {
                b[7 + j] = b[8 + j];
            }
            b[8 + e] = '.';
            if (end <= 9 + e) {
                b[9 + e] = '0';
                end = 10 + e;
            }
        } else if (e < 0 && e >= -3) {
            start = 7 + e;
            b[start] = '0';
            b[start + 1] = '.';
            for (int j = start + 2; j < 8; j++) {
                b[j] = '0';
            }
        } else {
            b[7] = b[8];
            b[8] = '.';
            if (end == 9) {
                b[9] = '0';
                end = 10;
            }
            b[end++] = exponentLetter;
            if (e < 0) {
                b[end++] = '-';
                e = -e;
            }
            if (e >= 100) {
                int hundreds = e * 1311 >>> 17;
                b[end++] = (char) ('0' + hundreds);
                e -= hundreds * 100;
                b[end++] = DIGIT_PAIRS[2 * e];
            } else if (e >= 10) {
                b[end++] = DIGIT_PAIRS[2 * e];
            }
            b[end++] = DIGIT_PAIRS[2 * e + 1];
        }
        if (negative) {
            b[--start] = '-';
        }
        sb.append(b, start, end - start);
    }

    /** Writes {@code x < 10^8} as 8 digits from {@code at}: two 4-digit halves of two pairs each. */
    private static void eightDigits(char[] b, int at, int x) {
        int high = (int) ((x * 109951163L) >>> 40);
        int low = x - high * 10000;
        int pair = (high * 5243) >>> 19;
        b[at] = DIGIT_PAIRS[2 * pair];
        b[at + 1] = DIGIT_PAIRS[2 * pair + 1];
        pair = high - pair * 100;
        b[at + 2] = DIGIT_PAIRS[2 * pair];
        b[at + 3] = DIGIT_PAIRS[2 * pair + 1];
        pair = (low * 5243) >>> 19;
        b[at + 4] = DIGIT_PAIRS[2 * pair];
        b[at + 5] = DIGIT_PAIRS[2 * pair + 1];
        pair = low - pair * 100;
        b[at + 6] = DIGIT_PAIRS[2 * pair];
        b[at + 7] = DIGIT_PAIRS[2 * pair + 1];
    }

    private static long[] tenPowers() {
        long[] g = new long[2 * (MAX_TEN_EXPONENT + 1)];
        BigInteger tenPower = BigInteger.ONE;
        for (int n = 0; n <= MAX_TEN_EXPONENT; n++) {
            int r = tenPower.bitLength() - 126;
            BigInteger x = (r <= 0 ? tenPower.shiftLeft(-r) : tenPower.shiftRight(r)).add(BigInteger.ONE);
            g[2 * n] = x.shiftRight(63).longValue();
            g[2 * n + 1] = x.longValue() & LOW_63;
            tenPower = tenPower.multiply(BigInteger.TEN);
        }
        return g;
    }

    private static char[] digitPairs() {
        char[] pairs = new char[200];
        for (int i = 0; i < 100; i++) {
            pairs[2 * i] = (char) ('0' + i / 10);
            pairs[2 * i + 1] = (char) ('0' + i % 10);
        }
        return pairs;
    }
}
