package org.ldnworkbench.core.mechanism;

import java.util.Locale;

/**
 * How well a parameter value is grounded in evidence. The workbench shows {@link #ASSUMED} values as such.
 *
 * @since 0.1
 */
public enum ParameterStatus {
    /** Read in a human study. */
    MEASURED,
    /** Computed from measured numbers. */
    DERIVED,
    /** Fitted to the data named in the source. */
    CALIBRATED,
    /** A modelling choice with no direct measurement. */
    ASSUMED;

    /**
     * @return the lower-case word used in plugin.xml and in the user interface
     * @since 0.1
     */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param word a status word as written in plugin.xml (case-insensitive)
     * @return the status
     * @throws IllegalArgumentException if the word is not one of measured, derived, calibrated, assumed
     * @since 0.1
     */
    public static ParameterStatus fromWord(String word) {
        for (ParameterStatus s : values()) {
            if (s.word().equalsIgnoreCase(word == null ? "" : word.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown parameter status '" + word
                + "' (expected measured, derived, calibrated or assumed)");
    }
}
