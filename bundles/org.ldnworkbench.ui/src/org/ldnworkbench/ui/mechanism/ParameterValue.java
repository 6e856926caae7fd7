package org.ldnworkbench.ui.mechanism;

import java.util.Objects;

import org.ldnworkbench.core.mechanism.ParameterSpec;

/**
 * The value a run without scenario uses for one parameter of the node, and where it comes from. Scenarios may set
 * other values for their runs; a mechanism editor shows and changes the node's own.
 *
 * @param spec the parameter's declaration (unit, range, status, source, note)
 * @param value the effective value
 * @param origin the layer that set it
 * @param preset the preset's id when {@code origin} is {@link Origin#PRESET}, else empty
 * @since 0.1
 */
public record ParameterValue(ParameterSpec spec, double value, Origin origin, String preset) {
    /**
     * Where a value comes from, lowest layer first.
     *
     * @since 0.1
     */
    public enum Origin {
        /** The mechanism's declared default. */
        DEFAULT,
        /** The node's preset, or the mechanism's default preset when the node names none. */
        PRESET,
        /** The node's own value in the pipeline file. */
        NODE
    }

    /**
     * @throws NullPointerException when the declaration or the origin is null
     * @since 0.1
     */
    public ParameterValue {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(origin, "origin");
        preset = preset == null ? "" : preset;
    }

    /**
     * @return the parameter's name
     * @since 0.1
     */
    public String name() {
        return spec.name();
    }
}
