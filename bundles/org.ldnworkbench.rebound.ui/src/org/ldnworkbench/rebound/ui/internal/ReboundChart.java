package org.ldnworkbench.rebound.ui.internal;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.ldnworkbench.charts.core.ChartSeries;
import org.ldnworkbench.charts.core.LineChart;
import org.ldnworkbench.charts.core.TimeAxis;
import org.ldnworkbench.rebound.core.ReboundMechanisms;

/**
 * The rebound editor's chart: signalling, endogenous tone and receptor density (relative to the untreated state, 1)
 * under the blockade, whose hours are shaded grey behind them, with the rebound windows shaded orange (one domain
 * interval marker per window) and the threshold as a reference line. Time in days for runs over three days, as everywhere.
 */
final class ReboundChart {
    /** Light orange: the rebound windows, behind the lines. */
    private static final Color WINDOW = new Color(230, 159, 0, 60);
    /** Light grey: the hours of blockade. */
    private static final Color BLOCKADE = new Color(120, 120, 120, 45);

    private ReboundChart() {
    }

    static JFreeChart of(ReboundPreview.Result r) {
        TimeAxis axis = TimeAxis.forSpan(r.time()[r.time().length - 1]);
        double[] t = new double[r.time().length];
        for (int i = 0; i < t.length; i++) {
            t[i] = axis.fromHours(r.time()[i]);
        }
        List<ChartSeries> series = new ArrayList<>();
        series.add(new ChartSeries(Messages.Chart_signaling, t, r.signaling()));
        series.add(new ChartSeries(Messages.Chart_tone, t, r.tone()));
        series.add(new ChartSeries(Messages.Chart_density, t, r.density()));
        LineChart chart = new LineChart(NLS.bind(Messages.Chart_title, Format.number(r.pattern().hoursPerDay()),
                Format.percent(r.pattern().level())), axis.label(), Messages.Chart_yAxis, series);
        chart.level(ReboundMechanisms.REBOUND_THRESHOLD, NLS.bind(Messages.Chart_threshold,
                Format.number(ReboundMechanisms.REBOUND_THRESHOLD)));
        JFreeChart built = chart.build();
        XYPlot plot = built.getXYPlot();
        for (double[] b : ReboundPreview.windows(r.time(), r.occupancy(), r.occupancy(), 0)) {
            IntervalMarker m = new IntervalMarker(axis.fromHours(b[0]), axis.fromHours(b[1]), BLOCKADE);
            m.setOutlinePaint(null);
            plot.addDomainMarker(m, Layer.BACKGROUND);
        }
        for (double[] w : r.windows()) {
            IntervalMarker m = new IntervalMarker(axis.fromHours(w[0]), axis.fromHours(w[1]), WINDOW);
            m.setOutlinePaint(null);
            plot.addDomainMarker(m, Layer.BACKGROUND);
        }
        return built;
    }
}
