package org.ldnworkbench.ui.internal.editor.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * The canvas the diagram is drawn on: double-buffered, scrolled by its scroll bars over the scene's extent, zoomed
 * around a pivot. It holds what the painter needs (scene, selection, problems, the gesture in progress); the page
 * and the mouse and keyboard handlers change those and ask for a redraw.
 */
final class DiagramCanvas extends Canvas {
    /** Empty space kept around the diagram, so that nodes can be dragged beyond its edge. */
    private static final double MARGIN = 200;

    private final DiagramView view = new DiagramView();
    private final DiagramOverlay overlay = new DiagramOverlay();
    private final DiagramPainter painter;
    private final TextMeasure measure;
    private DiagramScene scene;
    private DiagramSelection selection = new DiagramSelection();
    private DiagramProblems problems = new DiagramProblems(List.of());
    private double[] extent = new double[4];

    DiagramCanvas(Composite parent) {
        super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL);
        painter = new DiagramPainter(this);
        measure = new GcMeasure();
        addPaintListener(e -> {
            if (scene != null) {
                painter.paint(e.gc, new Rectangle(e.x, e.y, e.width, e.height), getClientArea(), scene, view,
                        selection, problems, overlay, isFocusControl());
            }
        });
        addListener(SWT.Resize, e -> updateScrollBars());
        getHorizontalBar().addListener(SWT.Selection, e -> scrolled());
        getVerticalBar().addListener(SWT.Selection, e -> scrolled());
        addListener(SWT.FocusIn, e -> redraw());
        addListener(SWT.FocusOut, e -> redraw());
        addListener(SWT.Dispose, e -> painter.dispose());
    }

    @Override
    protected void checkSubclass() {
        // a Canvas is meant to be extended
    }

    TextMeasure measure() {
        return measure;
    }

    DiagramView view() {
        return view;
    }

    DiagramOverlay overlay() {
        return overlay;
    }

    DiagramScene scene() {
        return scene;
    }

    DiagramSelection selection() {
        return selection;
    }

    void show(DiagramScene newScene, DiagramSelection newSelection) {
        scene = newScene;
        selection = newSelection;
        updateScrollBars();
        redraw();
    }

    void problems(DiagramProblems newProblems) {
        problems = newProblems;
        redraw();
    }

    DiagramProblems problems() {
        return problems;
    }

    /**
     * @param factor multiplies the zoom
     * @param pivotX canvas x that stays on the same diagram point
     * @param pivotY canvas y
     */
    void zoomBy(double factor, int pivotX, int pivotY) {
        view.zoom(view.zoom() * factor, pivotX, pivotY);
        updateScrollBars();
        redraw();
    }

    /** Zooms around the canvas's centre. */
    void zoomTo(double zoom) {
        Rectangle area = getClientArea();
        view.zoom(zoom, area.width / 2, area.height / 2);
        updateScrollBars();
        redraw();
    }

    /** Zooms and scrolls so that the whole diagram shows (never beyond 100 %). */
    void fit() {
        if (scene == null || scene.boxes().isEmpty()) {
            return;
        }
        double[] b = scene.bounds();
        Rectangle area = getClientArea();
        double pad = 30;
        double zoom = Math.min((area.width - 2 * pad) / (b[2] - b[0]), (area.height - 2 * pad) / (b[3] - b[1]));
        zoom = Math.max(DiagramView.MIN_ZOOM, Math.min(1, zoom));
        view.zoom(zoom, 0, 0);
        view.origin(b[0] - pad / zoom, b[1] - pad / zoom);
        updateScrollBars();
        redraw();
    }

    /** Scrolls to the diagram's top-left corner, keeping the zoom (after opening, after a layout). */
    void showTopLeft() {
        if (scene == null || scene.boxes().isEmpty()) {
            return;
        }
        double[] b = scene.bounds();
        double pad = 20 / view.zoom();
        view.origin(b[0] - pad, b[1] - pad);
        updateScrollBars();
        redraw();
    }

    /** Scrolls the least so that a node is in view. */
    void reveal(String nodeId) {
        NodeBox b = scene == null ? null : scene.box(nodeId);
        if (b == null) {
            return;
        }
        Rectangle area = getClientArea();
        double z = view.zoom();
        double viewW = area.width / z;
        double viewH = area.height / z;
        double x = view.originX();
        double y = view.originY();
        double m = 20 / z;
        if (b.x() - m < x || b.x() + b.width() + m > x + viewW) {
            x = b.x() - m - Math.max(0, (viewW - b.width() - 2 * m) / 2);
        }
        if (b.y() - m < y || b.y() + b.height() + m > y + viewH) {
            y = b.y() - m - Math.max(0, (viewH - b.height() - 2 * m) / 2);
        }
        view.origin(x, y);
        updateScrollBars();
        redraw();
    }

    /** Fits the scroll bars to the diagram's extent, including what is visible now. */
    void updateScrollBars() {
        Rectangle area = getClientArea();
        double z = view.zoom();
        double[] b = scene == null || scene.boxes().isEmpty() ? new double[4] : scene.bounds();
        extent = new double[] { Math.min(b[0] - MARGIN, view.originX()), Math.min(b[1] - MARGIN, view.originY()),
                Math.max(b[2] + MARGIN, view.originX() + area.width / z),
                Math.max(b[3] + MARGIN, view.originY() + area.height / z) };
        setBar(getHorizontalBar(), extent[0], extent[2], view.originX(), area.width);
        setBar(getVerticalBar(), extent[1], extent[3], view.originY(), area.height);
    }

    private void setBar(ScrollBar bar, double min, double max, double origin, int visible) {
        double z = view.zoom();
        int total = (int) Math.ceil((max - min) * z);
        bar.setValues((int) Math.round((origin - min) * z), 0, Math.max(total, 1), Math.max(1, visible),
                Math.max(1, visible / 20), Math.max(1, visible * 9 / 10));
    }

    private void scrolled() {
        double z = view.zoom();
        view.origin(extent[0] + getHorizontalBar().getSelection() / z,
                extent[1] + getVerticalBar().getSelection() / z);
        redraw();
    }

    /** Text widths measured once per label with the canvas's fonts at 100 %. */
    private final class GcMeasure implements TextMeasure {
        private final Map<String, Integer> plain = new HashMap<>();
        private final Map<String, Integer> bold = new HashMap<>();
        private int lineHeight;

        @Override
        public int width(String text, boolean isBold) {
            return (isBold ? bold : plain).computeIfAbsent(text, t -> measureWidth(t, isBold));
        }

        @Override
        public int lineHeight() {
            if (lineHeight == 0) {
                GC gc = new GC(DiagramCanvas.this);
                try {
                    lineHeight = gc.getFontMetrics().getHeight();
                } finally {
                    gc.dispose();
                }
            }
            return lineHeight;
        }

        private int measureWidth(String text, boolean isBold) {
            GC gc = new GC(DiagramCanvas.this);
            try {
                gc.setFont(isBold ? painter.bold() : getFont());
                return gc.textExtent(text).x;
            } finally {
                gc.dispose();
            }
        }
    }
}
