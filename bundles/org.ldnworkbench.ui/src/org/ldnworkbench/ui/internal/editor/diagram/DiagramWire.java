package org.ldnworkbench.ui.internal.editor.diagram;

import org.ldnworkbench.core.pipeline.Connection;

/**
 * A wire as drawn. Normally a cubic curve leaving the output to the right and entering the input from the left, so
 * that a wire's direction reads at a glance even where it runs backwards (feedback). A wire that would pass behind
 * other boxes on its way (pk.Cntx to inflammation.Cntx past receptor and rebound in the default pipeline) instead
 * runs along a lane below them, so that it is never hidden and never seems to leave a box it does not come from.
 *
 * @param connection the connection it shows
 * @param from the output's anchor
 * @param to the input's anchor
 * @param event whether it carries events (drawn dashed)
 * @param lane the y of the lane below the boxes in the way, or NaN for a plain curve
 */
public record DiagramWire(Connection connection, DiagramPoint from, DiagramPoint to, boolean event, double lane) {
    /** Points sampled along a curve, for drawing and hit testing. */
    private static final int SAMPLES = 24;
    /** How far a laned wire runs out of its port before it turns. */
    private static final double TURN = 14;

    /**
     * A plain curve (while dragging, and for the wire being drawn).
     *
     * @param connection the connection it shows, or null for the wire being drawn
     * @param from the output's anchor
     * @param to the input's anchor
     * @param event whether it carries events
     */
    public DiagramWire(Connection connection, DiagramPoint from, DiagramPoint to, boolean event) {
        this(connection, from, to, event, Double.NaN);
    }

    /** @return whether the wire runs along a lane below boxes in its way */
    public boolean laned() {
        return !Double.isNaN(lane);
    }

    /** @return the points of the line drawn, from the output to the input */
    public DiagramPoint[] path() {
        if (laned()) {
            return new DiagramPoint[] { from, new DiagramPoint(from.x() + TURN, from.y()),
                    new DiagramPoint(from.x() + TURN, lane), new DiagramPoint(to.x() - TURN, lane),
                    new DiagramPoint(to.x() - TURN, to.y()), to };
        }
        if (Math.abs(from.y() - to.y()) < 1.5 && from.x() <= to.x()) {
            return new DiagramPoint[] { from, new DiagramPoint(to.x(), from.y()) };
        }
        DiagramPoint[] c = controls();
        DiagramPoint[] points = new DiagramPoint[SAMPLES + 1];
        for (int i = 0; i <= SAMPLES; i++) {
            points[i] = at(c, i / (double) SAMPLES);
        }
        return points;
    }

    /** @return the curve's four control points: start, two handles, end */
    public DiagramPoint[] controls() {
        double reach = Math.max(40, Math.abs(to.x() - from.x()) / 2);
        return new DiagramPoint[] { from, new DiagramPoint(from.x() + reach, from.y()),
                new DiagramPoint(to.x() - reach, to.y()), to };
    }

    /**
     * @param x diagram x
     * @param y diagram y
     * @return the distance from the point to the drawn line
     */
    public double distance(double x, double y) {
        DiagramPoint[] path = path();
        double best = Double.MAX_VALUE;
        for (int i = 1; i < path.length; i++) {
            best = Math.min(best, segmentDistance(path[i - 1], path[i], x, y));
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
