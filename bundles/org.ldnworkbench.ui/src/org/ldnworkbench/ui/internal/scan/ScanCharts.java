package org.ldnworkbench.ui.internal.scan;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.ldnworkbench.charts.core.ChartPalette;
import org.ldnworkbench.charts.core.ChartSeries;
import org.ldnworkbench.charts.core.LineChart;
import org.ldnworkbench.core.metrics.ParameterScan;

/**
 * The chart of one metric against the scanned parameter: one line per scenario with a marker at each value, a log
 * parameter axis when the values were log-spaced, axes named with their units. The same definition gives the view's
 * charts and the PNG plots of the results folder.
 */
public final class ScanCharts {
    /** Values up to which each point gets a marker; beyond, markers would hide the line. */
    public static final int MAX_MARKED_VALUES = 100;
    /** Size of the PNG plots in the results folder (that of the command line's plots). */
    public static final int PLOT_WIDTH = 1000;
    public static final int PLOT_HEIGHT = 560;

    private ScanCharts() {
    }

    /**
     * @param palette the colours of the scenarios' lines (the user's chart palette)
     * @return the chart of {@code metric} (one of the scan's chosen metrics) against the parameter
     */
    public static LineChart of(ScanResult r, ParameterScan.Metric metric, ChartPalette palette) {
        List<ChartSeries> lines = new ArrayList<>();
        double[] x = r.result().values();
        for (int s = 0; s < r.runNames().size(); s++) {
            lines.add(new ChartSeries(lineName(r, s), x, r.series(s, metric)));
        }
        ScanSettings settings = r.settings();
        String title = NLS.bind(Messages.Label_against, metric.spec().label(), settings.parameter().name());
        return new LineChart(title, ScanLabels.parameter(settings.parameter()), ScanLabels.metric(metric.spec()), lines)
                .logX(settings.spacing() == ScanValues.Spacing.LOG).markers(x.length <= MAX_MARKED_VALUES)
                .palette(palette);
    }

    /**
     * @return the legend's name of a scenario's line: the scenario's name, followed by a note when the scenario sets
     *         the scanned parameter itself ("LDN 4.5 mg 22:00 (PET); dosing.amount scanned"), so that an exported
     *         chart does not read as 4.5 mg on a line that runs from 0.5 to 100 mg
     */
    public static String lineName(ScanResult r, int scenario) {
        String name = r.runNames().get(scenario);
        return r.settings().setsScanned(scenario) ? NLS.bind(Messages.Label_scanned, name,
                r.settings().parameter().name()) : name;
    }

    /**
     * @return the built chart of {@code metric}: that of {@link #of}, with the value axis reaching a little below 0
     *         when the values start at 0, so that a line of zeros (no rebound at any dose) is not hidden by the axis
     */
    public static JFreeChart chart(ScanResult r, ParameterScan.Metric metric, ChartPalette palette) {
        JFreeChart chart = of(r, metric, palette).build();
        if (chart.getXYPlot().getRangeAxis() instanceof NumberAxis values) {
            values.setAutoRangeStickyZero(false);
        }
        return chart;
    }

    /** @return the file name of a metric's plot in the results folder, as the command line names it */
    public static String plotName(ParameterScan.Metric metric) {
        return "scan-" + metric.name() + ".png";
    }
}
