package org.ldnworkbench.core.mechanism;

import java.util.Objects;

/**
 * A continuous state variable of a mechanism, with the range of values any valid run keeps it in.
 *
 * @since 0.1
 */
public final class StateSpec {
    private final String name;
    private final String unit;
    private final String description;
    private final ValueRange range;

    /** A state without a declared range. */
    public StateSpec(String name, String unit, String description) {
        this(name, unit, description, ValueRange.ANY);
    }

    /**
     * @param range the values every valid run keeps the state in (e.g. [0, inf) for an amount); the simulator stops a
     *        run whose state leaves it by more than round-off
     */
    public StateSpec(String name, String unit, String description, ValueRange range) {
        this.name = Objects.requireNonNull(name, "name");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.description = description == null ? "" : description;
        this.range = Objects.requireNonNull(range, "range");
    }

    public String name() { return name; }
    public String unit() { return unit; }
    public String description() { return description; }
    /** @return the values every valid run keeps this state in; {@link ValueRange#ANY} when none is declared */
    public ValueRange range() { return range; }

    @Override
    public String toString() {
        return name + " [" + unit + "]";
    }
}
