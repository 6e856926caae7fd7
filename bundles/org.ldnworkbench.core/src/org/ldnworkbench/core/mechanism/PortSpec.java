package org.ldnworkbench.core.mechanism;

import java.util.List;
import java.util.Objects;

/**
 * An input or output port of a mechanism. Continuous ports carry a value at every time; event ports carry
 * discrete events (for example a dose in mg). An output port lists the inputs it reads directly (direct
 * feed-through); the compiler uses these to order evaluation and to detect algebraic loops.
 *
 * @param name port name, unique among the mechanism's inputs (or outputs)
 * @param unit unit symbol; connected ports must have equal units
 * @param kind continuous or event
 * @param description one-line meaning, or empty
 * @param feedthrough for outputs: names of the inputs this output reads directly; empty for inputs
 * @param range for continuous outputs: the values every valid run gives it (e.g. [0, 1] for a fraction), the
 *        simulator stops a run whose output leaves it; {@link ValueRange#ANY} when none is declared
 *
 * @since 0.1
 */
public record PortSpec(String name, String unit, Kind kind, String description, List<String> feedthrough,
        ValueRange range) {

    /**
     * The kind of signal a port carries.
     *
     * @since 0.1
     */
    public enum Kind {
        /** A value at every time. */
        CONTINUOUS,
        /** Discrete events, each with a time and a value. */
        EVENT
    }

    /**
     * Copies the feed-through list and reads a null description or feed-through as empty.
     *
     * @throws NullPointerException when the name, unit, kind or range is null
     * @throws IllegalArgumentException when an event port is given a bounded range
     * @since 0.1
     */
    public PortSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        description = description == null ? "" : description;
        feedthrough = feedthrough == null ? List.of() : List.copyOf(feedthrough);
        Objects.requireNonNull(range, "range");
        if (kind == Kind.EVENT && range.isBounded()) {
            throw new IllegalArgumentException("port '" + name + "': an event port has no value range");
        }
    }

    /**
     * A port without a declared value range.
     *
     * @since 0.1
     */
    public PortSpec(String name, String unit, Kind kind, String description, List<String> feedthrough) {
        this(name, unit, kind, description, feedthrough, ValueRange.ANY);
    }

    /**
     * @return whether the port carries discrete events
     * @since 0.1
     */
    public boolean isEvent() {
        return kind == Kind.EVENT;
    }

    /** @return e.g. {@code dose [mg, event]} */
    @Override
    public String toString() {
        return name + " [" + unit + (kind == Kind.EVENT ? ", event" : "") + "]";
    }
}
