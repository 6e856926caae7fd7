package org.ldnworkbench.core.mechanism;

import java.util.Objects;

/**
 * A scalar parameter of a mechanism: name, unit, default, allowed closed range, evidence status and source. An
 * integer parameter (a count, for example) accepts only whole numbers: values arrive from JSON and the command line as
 * doubles, and a mechanism comparing {@code k < 2.5} would silently round a fractional count up.
 *
 * @since 0.1
 */
public final class ParameterSpec {
    private final String name;
    private final String unit;
    private final double defaultValue;
    private final double min;
    private final double max;
    private final ParameterStatus status;
    private final String source;
    private final String description;
    private final String note;
    private final boolean integer;

    /**
     * @param name parameter name, unique within its mechanism
     * @param unit unit symbol ("-" for dimensionless)
     * @param defaultValue default value, inside [min, max]
     * @param min lower bound (inclusive)
     * @param max upper bound (inclusive)
     * @param status evidence status
     * @param source source line (citation or derivation)
     * @param description one-line meaning of the parameter, may be empty
     * @param note a caveat the user interface must show next to the parameter, may be empty
     */
    public ParameterSpec(String name, String unit, double defaultValue, double min, double max, ParameterStatus status,
            String source, String description, String note) {
        this(name, unit, defaultValue, min, max, status, source, description, note, false);
    }

    /**
     * As {@link #ParameterSpec(String, String, double, double, double, ParameterStatus, String, String, String)},
     * optionally restricted to whole numbers.
     *
     * @param integer whether only whole numbers are accepted; the default must then be one
     */
    public ParameterSpec(String name, String unit, double defaultValue, double min, double max, ParameterStatus status,
            String source, String description, String note, boolean integer) {
        this.name = Objects.requireNonNull(name, "name");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.status = Objects.requireNonNull(status, "status");
        if (!(min <= max)) {
            throw new IllegalArgumentException("parameter '" + name + "': min " + min + " > max " + max);
        }
        if (!(defaultValue >= min && defaultValue <= max)) {
            throw new IllegalArgumentException("parameter '" + name + "': default " + defaultValue
                    + " outside its range [" + min + ", " + max + "]");
        }
        if (integer && !isWhole(defaultValue)) {
            throw new IllegalArgumentException("parameter '" + name + "': default " + defaultValue
                    + " of an integer parameter is not a whole number");
        }
        this.defaultValue = defaultValue;
        this.integer = integer;
        this.min = min;
        this.max = max;
        this.source = source == null ? "" : source;
        this.description = description == null ? "" : description;
        this.note = note == null ? "" : note;
    }

    public String name() { return name; }
    public String unit() { return unit; }
    public double defaultValue() { return defaultValue; }
    public double min() { return min; }
    public double max() { return max; }
    public ParameterStatus status() { return status; }
    public String source() { return source; }
    public String description() { return description; }
    /** @return a caveat to show next to the parameter, or the empty string */
    public String note() { return note; }

    /** @return whether only whole numbers are accepted */
    public boolean integer() { return integer; }

    /** @return whether {@code value} is finite and inside [min, max] */
    public boolean inRange(double value) {
        return Double.isFinite(value) && value >= min && value <= max;
    }

    /** @return whether {@code value} is finite, inside [min, max] and, for an integer parameter, a whole number */
    public boolean accepts(double value) {
        return inRange(value) && (!integer || isWhole(value));
    }

    private static boolean isWhole(double value) {
        return value == Math.rint(value);
    }

    @Override
    public String toString() {
        return name + " [" + unit + "] = " + defaultValue + " in [" + min + ", " + max + "]"
                + (integer ? ", integer" : "") + " (" + status.word() + ")";
    }
}
