package org.ldnworkbench.core.mechanism;

import java.util.Objects;

/**
 * A scalar parameter of a mechanism: name, unit, default, allowed closed range, evidence status and source. An
 * integer parameter (a count, for example) accepts only whole numbers: values arrive from JSON and the command line as
 * doubles, and a mechanism comparing {@code k < 2.5} would silently round a fractional count up.
 *
 * @param name parameter name, unique within its mechanism
 * @param unit unit symbol ("-" for dimensionless)
 * @param defaultValue default value, inside [min, max]
 * @param min lower bound (inclusive)
 * @param max upper bound (inclusive)
 * @param status evidence status
 * @param source source line (citation or derivation), or empty
 * @param description one-line meaning of the parameter, or empty
 * @param note a caveat the user interface must show next to the parameter, or empty
 * @param integer whether only whole numbers are accepted; the default must then be one
 *
 * @since 0.1
 */
public record ParameterSpec(String name, String unit, double defaultValue, double min, double max,
        ParameterStatus status, String source, String description, String note, boolean integer) {

    /**
     * Checks the range and the default and reads a null source, description or note as empty.
     *
     * @throws NullPointerException when the name, unit or status is null
     * @throws IllegalArgumentException when min is above max, the default lies outside [min, max], or the default
     *         of an integer parameter is not a whole number
     * @since 0.1
     */
    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(status, "status");
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
        source = source == null ? "" : source;
        description = description == null ? "" : description;
        note = note == null ? "" : note;
    }

    /**
     * A parameter that accepts any real number in its range.
     *
     * @since 0.1
     */
    public ParameterSpec(String name, String unit, double defaultValue, double min, double max, ParameterStatus status,
            String source, String description, String note) {
        this(name, unit, defaultValue, min, max, status, source, description, note, false);
    }

    /**
     * @return whether {@code value} is finite and inside [min, max]
     * @since 0.1
     */
    public boolean inRange(double value) {
        return Double.isFinite(value) && value >= min && value <= max;
    }

    /**
     * @return whether {@code value} is finite, inside [min, max] and, for an integer parameter, a whole number
     * @since 0.1
     */
    public boolean accepts(double value) {
        return inRange(value) && (!integer || isWhole(value));
    }

    private static boolean isWhole(double value) {
        return value == Math.rint(value);
    }

    /** @return e.g. {@code ka [1/h] = 1.0 in [0.1, 5.0] (calibrated)} */
    @Override
    public String toString() {
        return name + " [" + unit + "] = " + defaultValue + " in [" + min + ", " + max + "]"
                + (integer ? ", integer" : "") + " (" + status.word() + ")";
    }
}
