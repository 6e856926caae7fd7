package org.ldnworkbench.charts.ui;

import java.awt.geom.Rectangle2D;
import java.util.Objects;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartChangeListener;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.swt.SWTGraphics2D;
import org.ldnworkbench.charts.core.NearestPoint;
import org.ldnworkbench.charts.core.PlotZoom;

/**
 * Shows a JFreeChart in SWT, drawn through {@link SWTGraphics2D} into an image that is kept until the chart or the
 * size changes (no flicker, and hovering or dragging a zoom band does not redraw the chart). The time axis zooms and
 * pans ({@link PlotZoom}): drag a band with the left button to zoom into it, drag with Shift or the middle button to
 * pan, turn the wheel to zoom around the pointer, double-click to see everything again; keys {@code +} and {@code -}
 * zoom, the arrow keys pan, {@code 0} resets. Hovering shows the nearest point of the nearest line as a tooltip
 * ({@link NearestPoint}): "LDN 4.5 mg: t = 12.5 days, 0.61 fraction". Zooming always changes the chart's own axes,
 * so an export of the chart shows what the canvas shows.
 * <p>
 * UI thread only; a chart changed from another thread is redrawn on the UI thread.
 */
public class ChartCanvas extends Canvas {
    /** Zoom factor of one wheel notch or one key press (a fifth narrower). */
    static final double ZOOM_STEP = 0.8;
    /** Share of the shown width that an arrow key pans. */
    static final double PAN_STEP = 0.1;
    /** How far from a point the pointer may be for the tooltip to name it, in pixels. */
    static final double HOVER_PIXELS = 12;
    /** A zoom band narrower than this is a click, not a zoom, in pixels. */
    static final int MIN_BAND = 5;

    /**
     * Where the last drawing put the plot. Without an entity collection: the renderers would otherwise make a shape
     * object for every data point at every paint (most of a paint's time for a long run), and hovering finds its
     * point in the data instead ({@code NearestPoint}).
     */
    private final ChartRenderingInfo info = new ChartRenderingInfo(null);
    private final ChartChangeListener chartListener = e -> chartChanged();
    private final ListenerList<Runnable> zoomListeners = new ListenerList<>();
    private JFreeChart chart;
    private Image buffer;
    private boolean bufferValid;
    /** Whether the chart was drawn (and {@link #info} holds where) since it was set. */
    private boolean drawn;
    /** The pixel where a zoom band or a pan started, and where the pointer is now; null when not dragging. */
    private int[] drag;
    private boolean panning;

    /** @param style SWT styles of a Canvas; {@link SWT#DOUBLE_BUFFERED} and {@link SWT#NO_BACKGROUND} are added */
    public ChartCanvas(Composite parent, int style) {
        super(parent, style | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        addPaintListener(e -> paint(e.gc));
        addListener(SWT.Resize, e -> invalidate());
        addListener(SWT.MouseDown, this::mouseDown);
        addListener(SWT.MouseMove, this::mouseMove);
        addListener(SWT.MouseUp, this::mouseUp);
        addListener(SWT.MouseDoubleClick, e -> {
            if (e.button == 1) {
                resetZoom();
            }
        });
        addListener(SWT.MouseVerticalWheel, this::wheel);
        addListener(SWT.MouseExit, e -> showHover(null));
        addListener(SWT.KeyDown, this::key);
        addListener(SWT.Traverse, e -> {
            // arrows pan the chart; Tab, Escape and Return keep their meaning for the window
            if (e.detail == SWT.TRAVERSE_ARROW_NEXT || e.detail == SWT.TRAVERSE_ARROW_PREVIOUS) {
                e.doit = false;
            } else {
                e.doit = true;
            }
        });
        addListener(SWT.Dispose, e -> {
            setChart(null);
            if (buffer != null) {
                buffer.dispose();
            }
        });
    }

    /** Shows {@code newChart} (null: nothing), all of it. */
    public void setChart(JFreeChart newChart) {
        setChart(newChart, false);
    }

    /**
     * Shows {@code newChart} (null: nothing).
     *
     * @param keepZoom whether the new chart shows the same stretch of time as the current one, when that is zoomed
     *        and both have the same time axis (a re-run or another output of the same run); else all of it
     */
    public void setChart(JFreeChart newChart, boolean keepZoom) {
        checkWidget();
        Range kept = keepZoom ? zoomedDomain(chart, newChart) : null;
        if (chart != null) {
            chart.removeChangeListener(chartListener);
        }
        chart = newChart;
        if (chart != null) {
            if (kept != null) {
                PlotZoom.zoomDomain(chart.getXYPlot(), kept.getLowerBound(), kept.getUpperBound());
            }
            chart.addChangeListener(chartListener);
        }
        drag = null;
        drawn = false;
        showHover(null);
        invalidate();
    }

    /** @return the zoomed domain of {@code old} when {@code next} has the same domain axis, else null */
    private static Range zoomedDomain(JFreeChart old, JFreeChart next) {
        if (old == null || next == null || !(old.getPlot() instanceof XYPlot o) || !(next.getPlot() instanceof XYPlot n)
                || !PlotZoom.isZoomed(o)
                || !Objects.equals(o.getDomainAxis().getLabel(), n.getDomainAxis().getLabel())) {
            return null;
        }
        return o.getDomainAxis().getRange();
    }

    /** @return the chart shown, or null */
    public JFreeChart getChart() {
        checkWidget();
        return chart;
    }

    /** Shows all of the chart again. */
    public void resetZoom() {
        checkWidget();
        XYPlot plot = plot();
        if (plot != null) {
            PlotZoom.reset(plot);
            fireZoom();
        }
    }

    /** Shows the domain (time) from {@code lo} to {@code hi}, in the axis's unit, kept within the data. */
    public void zoomDomain(double lo, double hi) {
        checkWidget();
        XYPlot plot = plot();
        if (plot != null) {
            PlotZoom.zoomDomain(plot, lo, hi);
            fireZoom();
        }
    }

    /** @param listener told on the UI thread after every zoom, pan and reset */
    public void addZoomListener(Runnable listener) {
        zoomListeners.add(listener);
    }

    public void removeZoomListener(Runnable listener) {
        zoomListeners.remove(listener);
    }

    /**
     * @return where the last drawing put the plot's data (inside the axes), in this canvas's coordinates, or null
     *         before the chart was drawn
     */
    public Rectangle getDataArea() {
        checkWidget();
        Rectangle2D a = dataArea();
        return a == null ? null
                : new Rectangle((int) Math.round(a.getX()), (int) Math.round(a.getY()), (int) Math.round(a.getWidth()),
                        (int) Math.round(a.getHeight()));
    }

    /**
     * The data area of the last drawing: what is on screen until the next paint, so the one that pointer positions
     * refer to even while a repaint is pending.
     */
    private Rectangle2D dataArea() {
        Rectangle2D a = drawn && chart != null ? info.getPlotInfo().getDataArea() : null;
        return a == null || a.isEmpty() ? null : a;
    }

    private XYPlot plot() {
        return chart != null && chart.getPlot() instanceof XYPlot p ? p : null;
    }

    private void fireZoom() {
        for (Runnable r : zoomListeners) {
            r.run();
        }
    }

    private void chartChanged() {
        if (Display.getCurrent() == getDisplay()) {
            invalidate();
        } else {
            getDisplay().asyncExec(() -> {
                if (!isDisposed()) {
                    invalidate();
                }
            });
        }
    }

    private void invalidate() {
        bufferValid = false;
        redraw();
    }

    private void paint(GC gc) {
        Rectangle area = getClientArea();
        if (chart == null || area.width <= 0 || area.height <= 0) {
            gc.setBackground(getBackground());
            gc.fillRectangle(area);
            return;
        }
        if (!bufferValid || buffer == null || !buffer.getBounds().equals(new Rectangle(0, 0, area.width, area.height))) {
            render(area.width, area.height);
        }
        gc.drawImage(buffer, 0, 0);
        Rectangle2D data = dataArea();
        if (drag != null && !panning && data != null) {
            int x = Math.min(drag[0], drag[1]);
            int w = Math.abs(drag[1] - drag[0]);
            gc.setAlpha(60);
            gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.fillRectangle(x, (int) data.getY(), w, (int) data.getHeight());
            gc.setAlpha(255);
            gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.drawRectangle(x, (int) data.getY(), w, (int) data.getHeight());
        }
    }

    private void render(int width, int height) {
        if (buffer != null && !buffer.getBounds().equals(new Rectangle(0, 0, width, height))) {
            buffer.dispose();
            buffer = null;
        }
        if (buffer == null) {
            buffer = new Image(getDisplay(), width, height);
        }
        GC gc = new GC(buffer);
        try {
            gc.setAntialias(SWT.ON);
            gc.setTextAntialias(SWT.ON);
            SWTGraphics2D g2 = new SWTGraphics2D(gc);
            try {
                chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), null, info);
            } finally {
                g2.dispose();
            }
        } finally {
            gc.dispose();
        }
        bufferValid = true;
        drawn = true;
    }

    private void mouseDown(Event e) {
        setFocus();
        Rectangle2D data = dataArea();
        if (plot() == null || data == null || !data.contains(e.x, e.y)) {
            return;
        }
        panning = e.button == 2 || e.button == 1 && (e.stateMask & SWT.SHIFT) != 0;
        if (e.button == 1 || panning) {
            drag = new int[] { e.x, e.x };
            showHover(null);
        }
    }

    private void mouseMove(Event e) {
        Rectangle2D data = dataArea();
        if (drag == null) {
            showHover(hoverText(e.x, e.y));
        } else if (panning && data != null) {
            PlotZoom.panPixels(plot(), data, drag[1] - e.x);
            drag[1] = e.x;
            fireZoom();
        } else if (data != null) {
            drag[1] = (int) Math.max(data.getMinX(), Math.min(data.getMaxX(), e.x));
            redraw();
        }
    }

    private void mouseUp(Event e) {
        int[] d = drag;
        drag = null;
        Rectangle2D data = dataArea();
        if (d != null && !panning && data != null && Math.abs(d[1] - d[0]) >= MIN_BAND) {
            PlotZoom.zoomPixels(plot(), data, d[0], d[1]);
            fireZoom();
        }
        redraw();
    }

    private void wheel(Event e) {
        Rectangle2D data = dataArea();
        if (plot() != null && data != null && e.count != 0) {
            PlotZoom.zoomAround(plot(), data, e.x, Math.pow(ZOOM_STEP, e.count > 0 ? 1 : -1));
            fireZoom();
            e.doit = false;
        }
    }

    private void key(Event e) {
        Rectangle2D data = dataArea();
        if (plot() == null || data == null) {
            return;
        }
        switch (e.keyCode) {
            case '+', '=', SWT.KEYPAD_ADD -> PlotZoom.zoomAround(plot(), data, data.getCenterX(), ZOOM_STEP);
            case '-', SWT.KEYPAD_SUBTRACT -> PlotZoom.zoomAround(plot(), data, data.getCenterX(), 1 / ZOOM_STEP);
            case '0', SWT.KEYPAD_0, SWT.HOME -> PlotZoom.reset(plot());
            case SWT.ARROW_LEFT -> PlotZoom.panPixels(plot(), data, -PAN_STEP * data.getWidth());
            case SWT.ARROW_RIGHT -> PlotZoom.panPixels(plot(), data, PAN_STEP * data.getWidth());
            default -> {
                if (e.character == '+') {
                    PlotZoom.zoomAround(plot(), data, data.getCenterX(), ZOOM_STEP);
                } else {
                    return;
                }
            }
        }
        fireZoom();
    }

    /** @return the tooltip for the pointer at {@code x, y}, or null away from every line */
    private String hoverText(int x, int y) {
        XYPlot plot = plot();
        Rectangle2D data = dataArea();
        if (plot == null || data == null) {
            return null;
        }
        return NearestPoint.find(plot, data, x, y, HOVER_PIXELS)
                .map(h -> NearestPoint.describe(h, plot.getDomainAxis().getLabel(), plot.getRangeAxis().getLabel()))
                .orElse(null);
    }

    private void showHover(String text) {
        if (!isDisposed() && !Objects.equals(text, getToolTipText())) {
            setToolTipText(text);
        }
    }
}
