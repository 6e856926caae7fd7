package org.ldnworkbench.ui.internal.editor.diagram;

/**
 * The part of the diagram that is visible: zoom and the diagram point at the canvas's top-left corner, with the
 * conversions between canvas pixels and diagram coordinates.
 */
public final class DiagramView {
    /** The smallest zoom. */
    public static final double MIN_ZOOM = 0.2;
    /** The largest zoom. */
    public static final double MAX_ZOOM = 4;
    /** Factor of one zoom step. */
    public static final double STEP = 1.25;

    private double zoom = 1;
    private double originX;
    private double originY;

    /** @return the zoom factor (1 = 100 %) */
    public double zoom() {
        return zoom;
    }

    /** @return the diagram x at the canvas's left edge */
    public double originX() {
        return originX;
    }

    /** @return the diagram y at the canvas's top edge */
    public double originY() {
        return originY;
    }

    /**
     * @param x diagram x of the canvas's left edge
     * @param y diagram y of its top edge
     */
    public void origin(double x, double y) {
        originX = x;
        originY = y;
    }

    /**
     * Zooms keeping one canvas point on the same diagram point (the pointer, or the centre).
     *
     * @param newZoom the wanted zoom; clamped to [{@link #MIN_ZOOM}, {@link #MAX_ZOOM}]
     * @param pivotX canvas x that stays put
     * @param pivotY canvas y that stays put
     */
    public void zoom(double newZoom, int pivotX, int pivotY) {
        double dx = toDiagramX(pivotX);
        double dy = toDiagramY(pivotY);
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        originX = dx - pivotX / zoom;
        originY = dy - pivotY / zoom;
    }

    /**
     * @param sx canvas x
     * @return diagram x
     */
    public double toDiagramX(int sx) {
        return sx / zoom + originX;
    }

    /**
     * @param sy canvas y
     * @return diagram y
     */
    public double toDiagramY(int sy) {
        return sy / zoom + originY;
    }

    /**
     * @param x diagram x
     * @return canvas x
     */
    public int toCanvasX(double x) {
        return (int) Math.round((x - originX) * zoom);
    }

    /**
     * @param y diagram y
     * @return canvas y
     */
    public int toCanvasY(double y) {
        return (int) Math.round((y - originY) * zoom);
    }
}
