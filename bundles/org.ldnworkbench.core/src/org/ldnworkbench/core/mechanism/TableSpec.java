package org.ldnworkbench.core.mechanism;

import java.util.List;
import java.util.Objects;

/**
 * A table parameter of a mechanism: rows of numbers with named, unit-carrying columns, for example an explicit dose
 * list of (time h, amount mg) pairs. Tables are optional: a node without one passes an empty table.
 */
public final class TableSpec {
    private final String name;
    private final List<String> columns;
    private final List<String> units;
    private final String description;
    private final double[] min;

    /**
     * @param min per column the smallest accepted value (use negative infinity for none)
     */
    public TableSpec(String name, List<String> columns, List<String> units, double[] min, String description) {
        this.name = Objects.requireNonNull(name);
        if (columns.isEmpty() || columns.size() != units.size()) {
            throw new IllegalArgumentException("table '" + name + "': needs at least one column, each with a unit");
        }
        this.columns = List.copyOf(columns);
        this.units = List.copyOf(units);
        this.description = description == null ? "" : description;
        if (min.length != columns.size()) {
            throw new IllegalArgumentException("table '" + name + "': one minimum per column");
        }
        this.min = min.clone();
    }

    /** @return the smallest accepted value of a column */
    public double min(int column) {
        return min[column];
    }

    public String name() { return name; }
    public List<String> columns() { return columns; }
    public List<String> units() { return units; }
    public String description() { return description; }

    /** @return e.g. {@code time [h], amount [mg]} */
    public String header() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(columns.get(i)).append(" [").append(units.get(i)).append(']');
        }
        return sb.toString();
    }
}
