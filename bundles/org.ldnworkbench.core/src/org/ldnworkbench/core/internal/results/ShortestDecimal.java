package org.ldnworkbench.core.internal.results;

/**
 * The one number format of the files LDN Workbench writes (time series CSV, pipeline files): integral values below
 * 1e15 without a fraction ({@code 22}, also for -0.0), every other value as {@link Double#toString(double)} writes it
 * (the shortest decimal that reads back exactly, in this JVM's rendering). Appended to a builder: a CSV of a run
 * formats about a million numbers, and a String per number was a third of its cost.
 * <p>
 * The digits stay those of {@link Double#toString(double)} on purpose: result files are compared byte for byte, and
 * Java 17's digits are not always the shortest (at some powers of two and above 1e16 it writes one digit more), so a
 * faster algorithm of its own would change files.
 */
public final class ShortestDecimal {
    private ShortestDecimal() {
    }

    /** Appends {@code v} in the CSV form ({@code 1.5E-7}); returns {@code sb}. */
    public static StringBuilder append(StringBuilder sb, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return sb.append((long) v);
        }
        // the same digits as Double.toString(v), written into sb without a String in between
        return sb.append(v);
    }

    /** Appends {@code v} in the JSON form, the CSV form with a lower-case exponent ({@code 1.5e-7}); returns {@code sb}. */
    public static StringBuilder appendJson(StringBuilder sb, double v) {
        int from = sb.length();
        append(sb, v);
        for (int i = sb.length() - 1; i > from; i--) {
            if (sb.charAt(i) == 'E') {
                sb.setCharAt(i, 'e');
                break;
            }
        }
        return sb;
    }

    /** {@code v} in the CSV form, as a String. */
    public static String toString(double v) {
        return append(new StringBuilder(24), v).toString();
    }
}
