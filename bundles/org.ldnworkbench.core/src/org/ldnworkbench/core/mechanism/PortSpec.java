package org.ldnworkbench.core.mechanism;

import java.util.List;
import java.util.Objects;

/**
 * An input or output port of a mechanism. Continuous ports carry a value at every time; event ports carry
 * discrete events (for example a dose in mg). An output port lists the inputs it reads directly (direct
 * feed-through); the compiler uses these to order evaluation and to detect algebraic loops.
 *
 * @since 0.1
 */
public final class PortSpec {
    /** The kind of signal a port carries. */
    public enum Kind {
        CONTINUOUS, EVENT
    }

    private final String name;
    private final String unit;
    private final Kind kind;
    private final String description;
    private final List<String> feedthrough;
    private final ValueRange range;

    /**
     * @param name port name, unique among the mechanism's inputs (or outputs)
     * @param unit unit symbol; connected ports must have equal units
     * @param kind continuous or event
     * @param description one-line meaning, may be empty
     * @param feedthrough for outputs: names of the inputs this output reads directly; empty for inputs
     */
    public PortSpec(String name, String unit, Kind kind, String description, List<String> feedthrough) {
        this(name, unit, kind, description, feedthrough, ValueRange.ANY);
    }

    /**
     * As {@link #PortSpec(String, String, Kind, String, List)}, with the values a continuous output takes in every
     * valid run (e.g. [0, 1] for a fraction); the simulator stops a run whose output leaves it.
     *
     * @throws IllegalArgumentException when an event port is given a bounded range
     */
    public PortSpec(String name, String unit, Kind kind, String description, List<String> feedthrough,
            ValueRange range) {
        this.name = Objects.requireNonNull(name, "name");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.description = description == null ? "" : description;
        this.feedthrough = feedthrough == null ? List.of() : List.copyOf(feedthrough);
        this.range = Objects.requireNonNull(range, "range");
        if (kind == Kind.EVENT && range.isBounded()) {
            throw new IllegalArgumentException("port '" + name + "': an event port has no value range");
        }
    }

    public String name() { return name; }
    public String unit() { return unit; }
    public Kind kind() { return kind; }
    public boolean isEvent() { return kind == Kind.EVENT; }
    public String description() { return description; }
    /** @return names of the inputs this output reads directly (outputs only) */
    public List<String> feedthrough() { return feedthrough; }
    /** @return the values every valid run gives this output; {@link ValueRange#ANY} when none is declared */
    public ValueRange range() { return range; }

    @Override
    public String toString() {
        return name + " [" + unit + (kind == Kind.EVENT ? ", event" : "") + "]";
    }
}
