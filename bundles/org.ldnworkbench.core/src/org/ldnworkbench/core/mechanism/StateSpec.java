package org.ldnworkbench.core.mechanism;

import java.util.Objects;

/** A continuous state variable of a mechanism. */
public final class StateSpec {
    private final String name;
    private final String unit;
    private final String description;

    public StateSpec(String name, String unit, String description) {
        this.name = Objects.requireNonNull(name, "name");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.description = description == null ? "" : description;
    }

    public String name() { return name; }
    public String unit() { return unit; }
    public String description() { return description; }

    @Override
    public String toString() {
        return name + " [" + unit + "]";
    }
}
