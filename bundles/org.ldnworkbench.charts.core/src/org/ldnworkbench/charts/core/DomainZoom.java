package org.ldnworkbench.charts.core;

/**
 * A shown stretch of a chart's domain, {@code lo} to {@code hi}, and how it is kept inside the data when zooming and
 * panning.
 */
public record DomainZoom(double lo, double hi) {
    public DomainZoom {
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("domain from " + lo + " to " + hi + " is empty or not a number");
        }
    }

    /** @return the width shown */
    public double width() {
        return hi - lo;
    }

    /**
     * @return this stretch cut to the data's {@code min..max}, and widened around its middle to at least
     *         {@code minWidth} (but no wider than the data)
     */
    public DomainZoom within(double min, double max, double minWidth) {
        double l = Math.max(lo, min);
        double h = Math.min(hi, max);
        if (h < l) { // wholly outside the data: the nearest end of it
            l = h = hi < min ? min : max;
        }
        double need = Math.min(minWidth, max - min);
        if (h - l < need) {
            double mid = (l + h) / 2;
            return new DomainZoom(mid - need / 2, mid + need / 2).shiftedInto(min, max);
        }
        return new DomainZoom(l, h);
    }

    /**
     * @return this stretch moved, its width kept, so that it lies within {@code min..max} (the whole data when it is
     *         wider than that)
     */
    public DomainZoom shiftedInto(double min, double max) {
        if (width() >= max - min) {
            return new DomainZoom(min, max);
        }
        if (lo < min) {
            return new DomainZoom(min, min + width());
        }
        if (hi > max) {
            return new DomainZoom(max - width(), max);
        }
        return this;
    }
}
