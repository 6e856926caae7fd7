package org.ldnworkbench.core.mechanism;

import java.util.Objects;

/**
 * A continuous state variable of a mechanism, with the range of values any valid run keeps it in.
 *
 * @param name state name, unique within its mechanism
 * @param unit unit symbol
 * @param description one-line meaning, or empty
 * @param range the values every valid run keeps the state in (e.g. [0, inf) for an amount); the simulator stops a
 *        run whose state leaves it by more than round-off; {@link ValueRange#ANY} when none is declared
 *
 * @since 0.1
 */
public record StateSpec(String name, String unit, String description, ValueRange range) {

    /**
     * Reads a null description as empty.
     *
     * @throws NullPointerException when the name, unit or range is null
     * @since 0.1
     */
    public StateSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        description = description == null ? "" : description;
        Objects.requireNonNull(range, "range");
    }

    /**
     * A state without a declared range.
     *
     * @since 0.1
     */
    public StateSpec(String name, String unit, String description) {
        this(name, unit, description, ValueRange.ANY);
    }

    /** @return e.g. {@code central [mg]} */
    @Override
    public String toString() {
        return name + " [" + unit + "]";
    }
}
