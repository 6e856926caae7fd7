package org.ldnworkbench.charts.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one definition of a chart of one output over time, drawn by the command line's plots and by the workbench's
 * results alike, so that a plot in a results folder and the chart on screen are the same picture: the title names
 * what the output means and its {@code node.output} name, the y axis the output and its unit, the x axis time in the
 * unit of a {@link TimeAxis}; one line per scenario (or run) in its palette colour, dashed once the colours repeat;
 * faded lines (the run before a re-run, kept for comparison) light, thin, behind the others and not in the legend;
 * and a dashed horizontal line at each reference level (e.g. the threshold of a time-above metric).
 */
public final class OutputChart {
    /**
     * One line of the chart.
     *
     * @param label the legend's name of the line (the scenario's name); empty for a single unnamed line
     * @param timeHours the times in hours, as the simulation ran them
     * @param values the output's values at those times, as many
     * @param colour index of its colour in the palette
     * @param faded an earlier result kept for comparison: drawn light and thin behind the others, not in the legend
     * @param dashed drawn dashed (also when {@code colour} is past the palette's colours, which then repeat)
     */
    public record Line(String label, double[] timeHours, double[] values, int colour, boolean faded, boolean dashed) {
        public Line {
            Objects.requireNonNull(label);
            if (timeHours.length != values.length) {
                throw new IllegalArgumentException("line '" + label + "': " + timeHours.length + " times, "
                        + values.length + " values");
            }
        }
    }

    private OutputChart() {
    }

    /**
     * @param name the output's {@code node.output} name
     * @param description what the output means (may be empty: the title is then the name alone)
     * @param unit the output's unit, shown on the y axis
     * @param levels reference levels drawn as dashed horizontal lines, labelled
     * @param lines the lines, drawn in their order (the first on top)
     * @param axis the unit of the time axis
     * @param palette the colours the lines' {@link Line#colour()} index into
     * @return the chart, to render ({@link LineChart#png}) or {@link LineChart#build() build}
     */
    public static LineChart of(String name, String description, String unit, List<ReferenceLevel> levels,
            List<Line> lines, TimeAxis axis, ChartPalette palette) {
        List<ChartSeries> series = new ArrayList<>(lines.size());
        for (Line l : lines) {
            series.add(new ChartSeries(l.label(), inUnit(l.timeHours(), axis), l.values()));
        }
        LineChart chart = new LineChart(title(name, description), axis.label(), yLabel(name, unit), series)
                .palette(palette);
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            chart.style(i, new LineChart.LineStyle(l.colour(), l.faded(), l.dashed() || l.colour() >= palette.size()));
        }
        for (ReferenceLevel level : levels) {
            chart.level(level.value(), level.label());
        }
        return chart;
    }

    /** @return "description (node.output)", or the name alone without a description */
    public static String title(String name, String description) {
        return description == null || description.isEmpty() ? name : description + " (" + name + ")";
    }

    /** @return "output [unit]": the output's name without its node, and its unit */
    public static String yLabel(String name, String unit) {
        return outputOf(name) + " [" + unit + "]";
    }

    /** @return the output part of a {@code node.output} name (node ids have no dot) */
    static String outputOf(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    private static double[] inUnit(double[] hours, TimeAxis axis) {
        if (axis == TimeAxis.HOURS) {
            return hours;
        }
        double[] t = new double[hours.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = axis.fromHours(hours[i]);
        }
        return t;
    }
}
