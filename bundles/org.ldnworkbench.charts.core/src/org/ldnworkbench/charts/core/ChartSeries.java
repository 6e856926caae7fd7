package org.ldnworkbench.charts.core;

import java.util.Objects;

/** One named line of a chart: x and y values of equal length. */
public final class ChartSeries {
    private final String name;
    private final double[] x;
    private final double[] y;

    public ChartSeries(String name, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + name + "': " + x.length + " x values, " + y.length + " y values");
        }
        this.name = Objects.requireNonNull(name);
        this.x = x;
        this.y = y;
    }

    public String name() { return name; }
    public double[] x() { return x; }
    public double[] y() { return y; }
}
