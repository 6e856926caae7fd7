package org.ldnworkbench.ui.internal.editor.diagram;

import org.ldnworkbench.core.pipeline.Connection;

/**
 * A wire as drawn: a cubic curve leaving the output to the right and entering the input from the left, so that a
 * wire's direction reads at a glance even where it runs backwards (feedback).
 *
 * @param connection the connection it shows
 * @param from the output's anchor
 * @param to the input's anchor
 * @param event whether it carries events (drawn dashed)
 */
public record DiagramWire(Connection connection, DiagramPoint from, DiagramPoint to, boolean event) {
    /** Points sampled along the curve for hit testing. */
    private static final int SAMPLES = 24;

    /** @return the curve's four control points: start, two handles, end */
    public DiagramPoint[] controls() {
        double reach = Math.max(40, Math.abs(to.x() - from.x()) / 2);
        return new DiagramPoint[] { from, new DiagramPoint(from.x() + reach, from.y()),
                new DiagramPoint(to.x() - reach, to.y()), to };
    }

    /**
     * @param x diagram x
     * @param y diagram y
     * @return the distance from the point to the curve (sampled)
     */
    public double distance(double x, double y) {
        DiagramPoint[] c = controls();
        double best = Double.MAX_VALUE;
        DiagramPoint prev = from;
        for (int i = 1; i <= SAMPLES; i++) {
            DiagramPoint p = at(c, i / (double) SAMPLES);
            best = Math.min(best, segmentDistance(prev, p, x, y));
            prev = p;
        }
        return best;
    }

    private static DiagramPoint at(DiagramPoint[] c, double t) {
        double u = 1 - t;
        double a = u * u * u;
        double b = 3 * u * u * t;
        double d = 3 * u * t * t;
        double e = t * t * t;
        return new DiagramPoint(a * c[0].x() + b * c[1].x() + d * c[2].x() + e * c[3].x(),
                a * c[0].y() + b * c[1].y() + d * c[2].y() + e * c[3].y());
    }

    private static double segmentDistance(DiagramPoint p, DiagramPoint q, double x, double y) {
        double dx = q.x() - p.x();
        double dy = q.y() - p.y();
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((x - p.x()) * dx + (y - p.y()) * dy) / len));
        return Math.hypot(x - (p.x() + t * dx), y - (p.y() + t * dy));
    }
}
