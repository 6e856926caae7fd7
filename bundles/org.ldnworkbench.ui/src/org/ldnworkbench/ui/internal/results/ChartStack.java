package org.ldnworkbench.ui.internal.results;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.data.Range;
import org.ldnworkbench.charts.ui.ChartCanvas;

/**
 * The charts of the Results view, one per checked output, stacked and sharing their time window: zooming or panning
 * one (with the mouse or the keyboard) zooms the others to the same time, so that occupancy, signalling and glial
 * activation are always read at the same hours. They share the height of the view down to a minimum, below which
 * the stack scrolls. The chart last under the mouse (or focused) is the selected one, which Export writes.
 */
final class ChartStack {
    /** The data key by which tests and accessibility find the stack. */
    static final String KEY = "results.charts";
    /** Each chart's data key is this followed by its {@code node.output}. */
    static final String CHART_KEY = "results.chart:";
    /** A chart is not drawn lower than this (px): title, axes, legend of four lines and a readable plot. */
    static final int MIN_HEIGHT = 300;
    /** What one more line of a legend takes (px): a legend of many entries puts one per line in a narrow view. */
    static final int LEGEND_LINE = 22;

    private final ScrolledComposite scroll;
    private final Composite content;
    private final Label empty;
    private final List<ChartCanvas> canvases = new ArrayList<>();
    private final List<String> outputs = new ArrayList<>();
    private final Consumer<Range> zoomed;
    private ChartCanvas selected;
    private Menu menu;
    private boolean syncing;

    /**
     * @param zoomed told the shared time window (in the charts' axis unit) after the user zoomed or panned a chart,
     *        or null after a reset to the whole run
     */
    ChartStack(Composite parent, Consumer<Range> zoomed) {
        this.zoomed = zoomed;
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        content = new Composite(scroll, SWT.NONE);
        content.setData(ResultsView.WIDGET_KEY, KEY);
        GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(content);
        scroll.setContent(content);
        empty = new Label(content, SWT.WRAP);
        empty.setText(Messages.noRun);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 8).applyTo(empty);
        scroll.getVerticalBar().setIncrement(40);
    }

    /** @return the scrolled area */
    Control control() {
        return scroll;
    }

    /**
     * The context menu of every chart. It is set on the stack itself as well, so that it moves with the stack when
     * the workbench puts the view into another shell (a view is created before it is shown, and moved when it is
     * detached or its stack is re-made): a menu of another shell cannot be set on a new chart.
     */
    void setMenu(Menu m) {
        menu = m;
        scroll.setMenu(m);
        content.setMenu(m);
        canvases.forEach(this::menuOn);
    }

    private void menuOn(ChartCanvas c) {
        if (menu != null && !menu.isDisposed() && menu.getParent() == c.getShell()) {
            c.setMenu(menu);
        }
    }

    /** Shows the text that says how to get a run, instead of charts. */
    void showEmpty(String text) {
        empty.setText(text);
        show(List.of(), List.of(), false);
    }

    /**
     * Shows {@code charts}, reusing the canvases of outputs already shown (no flicker during live re-runs).
     *
     * @param names the {@code node.output} of each chart
     * @param keepZoom whether a reused canvas keeps its time window
     */
    void show(List<String> names, List<JFreeChart> charts, boolean keepZoom) {
        content.setRedraw(false);
        syncing = true;
        try {
            while (canvases.size() > charts.size()) {
                ChartCanvas c = canvases.remove(canvases.size() - 1);
                outputs.remove(outputs.size() - 1);
                if (c == selected) {
                    selected = null;
                }
                c.dispose();
            }
            for (int i = 0; i < charts.size(); i++) {
                if (i < canvases.size()) {
                    canvases.get(i).setChart(charts.get(i), keepZoom && outputs.get(i).equals(names.get(i)));
                    outputs.set(i, names.get(i));
                } else {
                    canvases.add(canvas(charts.get(i)));
                    outputs.add(names.get(i));
                }
                canvases.get(i).setData(ResultsView.WIDGET_KEY, CHART_KEY + names.get(i));
            }
            boolean none = charts.isEmpty();
            empty.setVisible(none);
            ((org.eclipse.swt.layout.GridData) empty.getLayoutData()).exclude = !none;
            int total = 0;
            for (int i = 0; i < charts.size(); i++) {
                int height = minHeight(charts.get(i));
                ((org.eclipse.swt.layout.GridData) canvases.get(i).getLayoutData()).minimumHeight = height;
                total += height;
            }
            scroll.setMinHeight(total);
            content.layout(true, true);
        } finally {
            syncing = false;
            content.setRedraw(true);
        }
    }

    /**
     * @return the height a chart needs at least: {@link #MIN_HEIGHT} for a legend of four lines, more for each
     *         further line (overlaid runs list every run's scenarios), so that the plot keeps its room
     */
    static int minHeight(JFreeChart chart) {
        int lines = chart.getXYPlot().getLegendItems().getItemCount();
        return MIN_HEIGHT + Math.max(0, lines - 4) * LEGEND_LINE;
    }

    private ChartCanvas canvas(JFreeChart chart) {
        ChartCanvas c = new ChartCanvas(content, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).minSize(SWT.DEFAULT, MIN_HEIGHT).applyTo(c);
        c.setChart(chart);
        c.addZoomListener(() -> domainChanged(c));
        c.addListener(SWT.MouseEnter, e -> selected = c);
        c.addListener(SWT.FocusIn, e -> selected = c);
        c.addListener(SWT.MenuDetect, e -> selected = c);
        menuOn(c);
        return c;
    }

    /** Zooms every other chart to the time window of {@code source}. */
    private void domainChanged(ChartCanvas source) {
        if (syncing || source.getChart() == null) {
            return;
        }
        ValueAxis axis = source.getChart().getXYPlot().getDomainAxis();
        syncing = true;
        try {
            for (ChartCanvas c : canvases) {
                if (c != source) {
                    if (axis.isAutoRange()) {
                        c.resetZoom();
                    } else {
                        c.zoomDomain(axis.getLowerBound(), axis.getUpperBound());
                    }
                }
            }
        } finally {
            syncing = false;
        }
        zoomed.accept(axis.isAutoRange() ? null : axis.getRange());
    }

    /** Shows {@code from} to {@code to} (axis unit) in every chart. */
    void zoomAll(double from, double to) {
        syncing = true;
        try {
            canvases.forEach(c -> c.zoomDomain(from, to));
        } finally {
            syncing = false;
        }
    }

    /** Shows the whole run in every chart. */
    void resetAll() {
        syncing = true;
        try {
            canvases.forEach(ChartCanvas::resetZoom);
        } finally {
            syncing = false;
        }
    }

    /** @return the charts, top to bottom */
    List<ChartCanvas> canvases() {
        return List.copyOf(canvases);
    }

    /** @return the {@code node.output} of each chart, top to bottom */
    List<String> outputs() {
        return List.copyOf(outputs);
    }

    /** @return the chart last under the mouse or focused, else the first; null when there is none */
    ChartCanvas selected() {
        if (selected != null && !selected.isDisposed()) {
            return selected;
        }
        return canvases.isEmpty() ? null : canvases.get(0);
    }

    /** @return the output of the selected chart, or null */
    String selectedOutput() {
        ChartCanvas c = selected();
        return c == null ? null : outputs.get(canvases.indexOf(c));
    }
}
