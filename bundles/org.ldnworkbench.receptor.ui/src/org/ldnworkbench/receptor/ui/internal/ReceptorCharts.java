package org.ldnworkbench.receptor.ui.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.ldnworkbench.charts.core.ChartSeries;
import org.ldnworkbench.charts.core.LineChart;
import org.ldnworkbench.receptor.ui.internal.ReceptorPreview.Line;

/**
 * The receptor editor's two charts, from a {@link ReceptorPreview.Result}: occupancy over time after the chosen dose,
 * and peak occupancy against dose on a log axis with the human PET data drawn over the curve as points with their
 * reported range. Occupancy is shown in percent, as PET studies report it. The node's own line is the first colour,
 * another preset's line the next one, dashed.
 */
final class ReceptorCharts {
    private static final Color PET_COLOUR = Color.BLACK;

    private ReceptorCharts() {
    }

    static JFreeChart course(ReceptorPreview.Result r) {
        LineChart chart = new LineChart(String.format(Messages.Chart_courseTitle, NumberFormat.dose(r.dose())),
                Messages.Chart_timeAxis, Messages.Chart_occupancyAxis, series(r.course()));
        style(chart, r.course());
        JFreeChart built = chart.build();
        percentAxis(built);
        return built;
    }

    static JFreeChart peaks(ReceptorPreview.Result r) {
        LineChart chart = new LineChart(Messages.Chart_peakTitle, Messages.Chart_doseAxis,
                Messages.Chart_peakAxis, series(r.peaks())).logX(true);
        style(chart, r.peaks());
        JFreeChart built = chart.build();
        percentAxis(built);
        addPetPoints(built.getXYPlot());
        built.getXYPlot().getDomainAxis().setRange(ReceptorPreview.MIN_DOSE, ReceptorPreview.MAX_DOSE);
        return built;
    }

    private static List<ChartSeries> series(List<Line> lines) {
        List<ChartSeries> s = new ArrayList<>();
        for (Line l : lines) {
            double[] percent = new double[l.y().length];
            for (int i = 0; i < percent.length; i++) {
                percent[i] = 100 * l.y()[i];
            }
            s.add(new ChartSeries(l.label(), l.x(), percent));
        }
        return s;
    }

    private static void style(LineChart chart, List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            chart.style(i, new LineChart.LineStyle(i, false, !lines.get(i).chosen()));
        }
    }

    private static void percentAxis(JFreeChart chart) {
        NumberAxis y = (NumberAxis) chart.getXYPlot().getRangeAxis();
        y.setRange(0, 100);
    }

    /** The PET points as a second dataset: a filled circle at each reported value, a bar over a reported range. */
    private static void addPetPoints(XYPlot plot) {
        YIntervalSeries pet = new YIntervalSeries(Messages.Chart_petSeries);
        for (PetData.Point p : PetData.PEAK_OCCUPANCY) {
            pet.add(p.doseMg(), 100 * p.mid(), 100 * p.low(), 100 * p.high());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(pet);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDrawYError(true);
        r.setDefaultLinesVisible(false);
        r.setDefaultShapesVisible(true);
        r.setSeriesLinesVisible(0, false);
        r.setSeriesShapesVisible(0, true);
        r.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        r.setSeriesPaint(0, PET_COLOUR);
        r.setErrorPaint(PET_COLOUR);
        r.setErrorStroke(new BasicStroke(1.5f));
        r.setCapLength(8);
        plot.setDataset(1, data);
        plot.setRenderer(1, r);
        // drawn over the model's curves
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
    }
}
