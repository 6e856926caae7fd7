package org.ldnworkbench.core.internal.results;

/**
 * The one number format of the files LDN Workbench writes (time series CSV, pipeline files): integral values below
 * 1e15 without a fraction ({@code 22}, also for -0.0), every other value as {@link Double#toString(double)} writes it
 * (the shortest decimal that reads back exactly, in this JVM's rendering). Appended to a builder: a CSV of a run
 * formats about a million numbers, and a String per number was a third of its cost.
 * <p>
 * The digits stay those of Java 17's {@link Double#toString(double)} on purpose: result files are compared byte for
 * byte. Java 17's digits are not always the shortest (a sixth of the powers of two and half the doubles from 1e16 to
 * 1e17 get one digit more), so only the doubles where they are, normal ones below 2^53 other than powers of two
 * (nearly every number of a result), are written by {@link ShortestClosestDecimal}, three times faster under C1, and
 * the others by {@code Double.toString} itself. On Java 19 and later, whose {@code Double.toString} is the
 * shortest-closest everywhere, both give the same digits again; on 18 and earlier the others follow the running JVM,
 * as before.
 */
public final class ShortestDecimal {
    private ShortestDecimal() {
    }

    /** Appends {@code v} in the CSV form ({@code 1.5E-7}); returns {@code sb}. */
    public static StringBuilder append(StringBuilder sb, double v) {
        return append(sb, v, 'E');
    }

    /** Appends {@code v} in the JSON form, the CSV form with a lower-case exponent ({@code 1.5e-7}); returns {@code sb}. */
    public static StringBuilder appendJson(StringBuilder sb, double v) {
        return append(sb, v, 'e');
    }

    /**
     * @return {@code v} exactly as {@link Double#toString(double)} writes it ({@code 22.0}, {@code 0.25},
     *         {@code 1.5E-7}; the form of summary.json), by {@link ShortestClosestDecimal} where it writes the same
     *         digits, else by {@code Double.toString}
     */
    public static String javaForm(double v) {
        long bits = Double.doubleToRawLongBits(v);
        if (ShortestClosestDecimal.covers(bits)) {
            StringBuilder sb = new StringBuilder(24);
            ShortestClosestDecimal.append(sb, bits, 'E');
            return sb.toString();
        }
        return Double.toString(v);
    }

    /** {@code v} in the CSV form, as a String. */
    public static String toString(double v) {
        return append(new StringBuilder(24), v).toString();
    }

    private static StringBuilder append(StringBuilder sb, double v, char exponentLetter) {
        long integral = (long) v;
        if (integral == v && Math.abs(v) < 1e15) {
            return sb.append(integral);
        }
        long bits = Double.doubleToRawLongBits(v);
        if (ShortestClosestDecimal.covers(bits)) {
            ShortestClosestDecimal.append(sb, bits, exponentLetter);
            return sb;
        }
        int from = sb.length();
        // the same digits as Double.toString(v), written into sb without a String in between
        sb.append(v);
        if (exponentLetter != 'E') {
            for (int i = sb.length() - 1; i > from; i--) {
                if (sb.charAt(i) == 'E') {
                    sb.setCharAt(i, exponentLetter);
                    break;
                }
            }
        }
        return sb;
    }
}
