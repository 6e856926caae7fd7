package org.ldnworkbench.core.mechanism;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table parameter of a mechanism: rows of numbers with named, unit-carrying columns, for example an explicit dose
 * list of (time h, amount mg) pairs. Tables are optional: a node without one passes an empty table.
 *
 * @param name table name, unique within its mechanism
 * @param columns the column names, at least one
 * @param units per column its unit symbol
 * @param min per column the smallest accepted value (negative infinity for none)
 * @param max per column the largest accepted value (positive infinity for none)
 * @param description one-line meaning, or empty
 *
 * @since 0.1
 */
public record TableSpec(String name, List<String> columns, List<String> units, List<Double> min, List<Double> max,
        String description) {

    /**
     * Copies the lists and reads a null description as empty.
     *
     * @throws NullPointerException when the name or a list is null, or a list holds null
     * @throws IllegalArgumentException when there is no column, or not one unit, minimum and maximum per column, or
     *         a column's minimum is above its maximum
     * @since 0.1
     */
    public TableSpec {
        Objects.requireNonNull(name, "name");
        if (columns.isEmpty() || columns.size() != units.size()) {
            throw new IllegalArgumentException("table '" + name + "': needs at least one column, each with a unit");
        }
        columns = List.copyOf(columns);
        units = List.copyOf(units);
        description = description == null ? "" : description;
        if (min.size() != columns.size()) {
            throw new IllegalArgumentException("table '" + name + "': one minimum per column");
        }
        min = List.copyOf(min);
        if (max.size() != columns.size()) {
            throw new IllegalArgumentException("table '" + name + "': one maximum per column");
        }
        max = List.copyOf(max);
        for (int i = 0; i < max.size(); i++) {
            if (!(min.get(i) <= max.get(i))) {
                throw new IllegalArgumentException("table '" + name + "': column '" + columns.get(i) + "' has min "
                        + min.get(i) + " above its max " + max.get(i));
            }
        }
    }

    /**
     * As the canonical constructor, with the bounds as arrays.
     *
     * @param min per column the smallest accepted value (use negative infinity for none)
     * @param max per column the largest accepted value (use positive infinity for none)
     * @since 0.1
     */
    public TableSpec(String name, List<String> columns, List<String> units, double[] min, double[] max,
            String description) {
        this(name, columns, units, boxed(min), boxed(max), description);
    }

    /**
     * A table whose columns have no upper bound.
     *
     * @param min per column the smallest accepted value (use negative infinity for none)
     * @since 0.1
     */
    public TableSpec(String name, List<String> columns, List<String> units, double[] min, String description) {
        this(name, columns, units, min, unbounded(columns.size()), description);
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static double[] unbounded(int columns) {
        double[] m = new double[columns];
        Arrays.fill(m, Double.POSITIVE_INFINITY);
        return m;
    }

    /**
     * @return the largest accepted value of a column
     * @since 0.1
     */
    public double max(int column) {
        return max.get(column);
    }

    /**
     * @return the smallest accepted value of a column
     * @since 0.1
     */
    public double min(int column) {
        return min.get(column);
    }

    /**
     * @return the columns with their units, e.g. {@code time [h], amount [mg]}, as messages and tables show them
     * @since 0.1
     */
    public String header() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(columns.get(i)).append(" [").append(units.get(i)).append(']');
        }
        return sb.toString();
    }
}
