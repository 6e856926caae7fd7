package org.ldnworkbench.core.mechanism;

import java.util.List;
import java.util.Objects;

/**
 * A table parameter of a mechanism: rows of numbers with named, unit-carrying columns, for example an explicit dose
 * list of (time h, amount mg) pairs. Tables are optional: a node without one passes an empty table.
 *
 * @since 0.1
 */
public final class TableSpec {
    private final String name;
    private final List<String> columns;
    private final List<String> units;
    private final String description;
    private final double[] min;
    private final double[] max;

    /**
     * A table whose columns have no upper bound.
     *
     * @param min per column the smallest accepted value (use negative infinity for none)
     */
    public TableSpec(String name, List<String> columns, List<String> units, double[] min, String description) {
        this(name, columns, units, min, unbounded(columns.size()), description);
    }

    /**
     * @param min per column the smallest accepted value (use negative infinity for none)
     * @param max per column the largest accepted value (use positive infinity for none)
     */
    public TableSpec(String name, List<String> columns, List<String> units, double[] min, double[] max,
            String description) {
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
        if (max.length != columns.size()) {
            throw new IllegalArgumentException("table '" + name + "': one maximum per column");
        }
        for (int i = 0; i < max.length; i++) {
            if (!(min[i] <= max[i])) {
                throw new IllegalArgumentException("table '" + name + "': column '" + columns.get(i) + "' has min "
                        + min[i] + " above its max " + max[i]);
            }
        }
        this.max = max.clone();
    }

    private static double[] unbounded(int columns) {
        double[] m = new double[columns];
        java.util.Arrays.fill(m, Double.POSITIVE_INFINITY);
        return m;
    }

    /** @return the largest accepted value of a column */
    public double max(int column) {
        return max[column];
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
