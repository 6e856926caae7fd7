package org.ldnworkbench.inflammation.ui.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.ldnworkbench.charts.core.ChartPalette;
import org.ldnworkbench.charts.core.ChartSeries;
import org.ldnworkbench.charts.core.LineChart;
import org.ldnworkbench.charts.core.TimeAxis;
import org.ldnworkbench.inflammation.ui.internal.InflammationPreview.Curve;
import org.ldnworkbench.inflammation.ui.internal.InflammationPreview.PlasmaRange;
import org.ldnworkbench.inflammation.ui.internal.InflammationPreview.Response;

/**
 * The inflammation editor's charts: TLR4 inhibition (percent) against plasma naltrexone on a log axis, with each
 * regimen's plasma range shaded in its colour and labelled, and the half-maximal concentration marked; and the
 * glial and cytokine response over time.
 */
final class InflammationCharts {
    private static final int ALPHA = 70;
    /** Pixels between the two ranges' labels. */
    private static final int LABEL_LINE = 18;

    private InflammationCharts() {
    }

    static JFreeChart inhibition(Curve c) {
        double[] percent = new double[c.inhibition().length];
        for (int i = 0; i < percent.length; i++) {
            percent[i] = 100 * c.inhibition()[i];
        }
        LineChart chart = new LineChart(Messages.Chart_inhibitionTitle, Messages.Chart_concentrationAxis,
                Messages.Chart_inhibitionAxis, List.of(new ChartSeries(Messages.Chart_inhibitionSeries,
                        c.concentration(), percent))).logX(true);
        JFreeChart built = chart.build();
        XYPlot plot = built.getXYPlot();
        ((NumberAxis) plot.getRangeAxis()).setRange(0, 100);
        plot.getDomainAxis().setRange(InflammationPreview.MIN_CONC, InflammationPreview.MAX_CONC);
        ChartPalette palette = ChartPalette.named(ChartPalette.OKABE_ITO);
        List<PlasmaRange> ranges = c.ranges();
        for (int i = 0; i < ranges.size(); i++) {
            PlasmaRange r = ranges.get(i);
            Color colour = palette.colour(i + 1);
            IntervalMarker m = new IntervalMarker(Math.max(r.trough(), InflammationPreview.MIN_CONC), r.peak(),
                    new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), ALPHA));
            m.setOutlinePaint(colour);
            m.setOutlineStroke(new BasicStroke(1f));
            m.setLabel(NLS.bind(Messages.Chart_rangeLabel, new Object[] { Format.number(r.regimen().amountMg()),
                    Format.concentration(r.trough()), Format.concentration(r.peak()) }));
            m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            m.setLabelPaint(colour.darker());
            m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            // each range's label inside its band, one line under the other, starting at the band's left edge
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            m.setLabelOffset(new RectangleInsets(4 + LABEL_LINE * i, 4, 4, 4));
            plot.addDomainMarker(m, Layer.BACKGROUND);
        }
        if (Double.isFinite(c.halfMaximal())) {
            ValueMarker half = new ValueMarker(c.halfMaximal(), Color.GRAY, new BasicStroke(1.2f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] { 5f, 4f }, 0f));
            half.setLabel(NLS.bind(Messages.Chart_halfLabel, Format.concentration(c.halfMaximal())));
            half.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            half.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            half.setLabelAnchor(RectangleAnchor.CENTER);
            half.setLabelTextAnchor(TextAnchor.CENTER_RIGHT);
            half.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
            plot.addDomainMarker(half);
        }
        return built;
    }

    static JFreeChart response(Response r) {
        TimeAxis axis = TimeAxis.forSpan(r.time()[r.time().length - 1]);
        double[] t = new double[r.time().length];
        for (int i = 0; i < t.length; i++) {
            t[i] = axis.fromHours(r.time()[i]);
        }
        LineChart chart = new LineChart(NLS.bind(Messages.Chart_responseTitle, r.regimen().label()), axis.label(),
                Messages.Chart_responseAxis, List.of(new ChartSeries(Messages.Chart_activation, t, r.activation()),
                        new ChartSeries(Messages.Chart_tnf, t, r.tnf()), new ChartSeries(Messages.Chart_il6, t, r.il6()),
                        new ChartSeries(Messages.Chart_il1b, t, r.il1b())));
        return chart.build();
    }
}
