package org.ldnworkbench.ui.internal.editor.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.pipeline.Connection;
import org.ldnworkbench.core.pipeline.Pipeline;

/**
 * Everything the diagram draws of one state of the pipeline, in diagram coordinates: the node boxes and the wires
 * between their ports, with hit testing. Rebuilt after each change of the document; immutable.
 * <p>
 * A node without a layout entry still gets a place: when no node has one (a file written by hand) the whole
 * pipeline is laid out by {@link ElkLayout}, otherwise such a node goes below the others. Those places are only
 * shown until an edit writes positions ({@link #unplaced()}): opening a file does not change it.
 */
public final class DiagramScene {
    private final Map<String, NodeBox> boxes;
    /** Space between a laned wire and the boxes it passes. */
    private static final double LANE_GAP = 16;
    private final List<DiagramWire> wires;
    private final Set<String> unplaced;

    private DiagramScene(Map<String, NodeBox> boxes, List<DiagramWire> wires, Set<String> unplaced) {
        this.boxes = boxes;
        this.wires = wires;
        this.unplaced = unplaced;
    }

    /**
     * @param pipeline the pipeline
     * @param catalog the installed mechanisms
     * @param geometry box sizes
     * @return its scene
     */
    public static DiagramScene of(Pipeline pipeline, MechanismCatalog catalog, NodeGeometry geometry) {
        Map<String, NodeBox> boxes = new LinkedHashMap<>();
        List<NodeBox> missing = new ArrayList<>();
        for (DiagramNode n : DiagramNodes.of(pipeline, catalog)) {
            double[] xy = pipeline.layout().get(n.id());
            NodeBox box = geometry.box(n, xy == null ? 0 : xy[0], xy == null ? 0 : xy[1]);
            if (xy == null) {
                missing.add(box);
            }
            boxes.put(n.id(), box);
        }
        if (!missing.isEmpty() && missing.size() == boxes.size()) {
            ElkLayout.layout(missing, pipeline.connections())
                    .forEach((id, xy) -> boxes.put(id, boxes.get(id).at(xy[0], xy[1])));
        } else {
            List<NodeBox> placed = new ArrayList<>(boxes.values());
            placed.removeAll(missing);
            for (NodeBox box : missing) {
                DiagramPoint p = FreeSpace.place(placed, box, FreeSpace.below(placed));
                NodeBox moved = box.at(p.x(), p.y());
                boxes.put(box.id(), moved);
                placed.add(moved);
            }
        }
        Set<String> unplaced = Set.copyOf(missing.stream().map(NodeBox::id).toList());
        return new DiagramScene(boxes, wires(pipeline.connections(), boxes), unplaced);
    }

    private static List<DiagramWire> wires(List<Connection> connections, Map<String, NodeBox> boxes) {
        List<DiagramWire> wires = new ArrayList<>(connections.size());
        for (Connection c : connections) {
            NodeBox from = boxes.get(c.from().node());
            NodeBox to = boxes.get(c.to().node());
            if (from == null || to == null) {
                continue;
            }
            int o = from.node().indexOf(c.from().port(), true);
            int i = to.node().indexOf(c.to().port(), false);
            if (o < 0 || i < 0) {
                continue;
            }
            boolean event = from.node().outputs().get(o).event();
            DiagramPoint start = from.anchor(o, true);
            DiagramPoint end = to.anchor(i, false);
            wires.add(new DiagramWire(c, start, end, event, laneBelow(start, end, from, to, boxes.values())));
        }
        return List.copyOf(wires);
    }

    /**
     * @return the y of a lane below the boxes a wire from {@code start} to {@code end} would pass behind, or NaN
     *         when its curve meets no other box (only wires running rightwards are laned; a feedback wire's curve
     *         is drawn as it is)
     */
    static double laneBelow(DiagramPoint start, DiagramPoint end, NodeBox from, NodeBox to,
            Collection<NodeBox> boxes) {
        if (end.x() <= start.x()) {
            return Double.NaN;
        }
        double top = Math.min(start.y(), end.y()) - LANE_GAP;
        double bottom = Math.max(start.y(), end.y()) + LANE_GAP;
        double lane = Double.NaN;
        for (NodeBox b : boxes) {
            boolean between = b != from && b != to && b.x() < end.x() && b.x() + b.width() > start.x();
            if (between && b.y() < bottom && b.y() + b.height() > top) {
                double below = b.y() + b.height() + LANE_GAP;
                lane = Double.isNaN(lane) ? below : Math.max(lane, below);
            }
        }
        return lane;
    }

    /** @return the boxes in drawing order (later ones on top) */
    public Collection<NodeBox> boxes() {
        return boxes.values();
    }

    /**
     * @param id a node id
     * @return its box, or null
     */
    public NodeBox box(String id) {
        return boxes.get(id);
    }

    /** @return the drawn wires (a wire naming a port its node does not have is not drawn; the checks report it) */
    public List<DiagramWire> wires() {
        return wires;
    }

    /** @return the ids of nodes whose place is not in the pipeline's layout yet */
    public Set<String> unplaced() {
        return unplaced;
    }

    /** @return the positions of {@link #unplaced()} nodes as shown, to be written by the next layout edit */
    public Map<String, double[]> unplacedPositions() {
        Map<String, double[]> positions = new LinkedHashMap<>();
        for (String id : unplaced) {
            NodeBox b = boxes.get(id);
            positions.put(id, new double[] { b.x(), b.y() });
        }
        return positions;
    }

    /**
     * @param x diagram x
     * @param y diagram y
     * @return the topmost box containing the point, or null
     */
    public NodeBox nodeAt(double x, double y) {
        NodeBox hit = null;
        for (NodeBox b : boxes.values()) {
            if (b.contains(x, y)) {
                hit = b;
            }
        }
        return hit;
    }

    /**
     * @param x diagram x
     * @param y diagram y
     * @param radius how far from a port's anchor still counts
     * @return the port whose anchor or label row is under the point, or null
     */
    public PortHit portAt(double x, double y, double radius) {
        PortHit hit = null;
        for (NodeBox b : boxes.values()) {
            if (x < b.x() - radius || x > b.x() + b.width() + radius || y < b.y() || y > b.y() + b.height()) {
                continue;
            }
            PortHit h = portOf(b, b.node().inputs(), x, y, radius);
            if (h == null) {
                h = portOf(b, b.node().outputs(), x, y, radius);
            }
            if (h != null) {
                hit = h;
            }
        }
        return hit;
    }

    private static PortHit portOf(NodeBox b, List<DiagramPort> ports, double x, double y, double radius) {
        for (int i = 0; i < ports.size(); i++) {
            DiagramPoint a = b.anchor(i, ports.get(i).output());
            if (Math.abs(x - a.x()) <= radius && Math.abs(y - a.y()) <= Math.max(radius, b.row() / 2)) {
                return new PortHit(b, ports.get(i), i);
            }
        }
        return null;
    }

    /**
     * @param x diagram x
     * @param y diagram y
     * @param tolerance how far from the curve still counts
     * @return the nearest wire within the tolerance, or null
     */
    public DiagramWire wireAt(double x, double y, double tolerance) {
        DiagramWire best = null;
        double bestDistance = tolerance;
        for (DiagramWire w : wires) {
            double d = w.distance(x, y);
            if (d <= bestDistance) {
                best = w;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * @param x1 one corner x
     * @param y1 one corner y
     * @param x2 the other corner x
     * @param y2 the other corner y
     * @return the ids of the nodes whose box lies wholly inside the rectangle
     */
    public List<String> nodesIn(double x1, double y1, double x2, double y2) {
        double left = Math.min(x1, x2);
        double right = Math.max(x1, x2);
        double top = Math.min(y1, y2);
        double bottom = Math.max(y1, y2);
        return boxes.values().stream().filter(b -> b.x() >= left && b.x() + b.width() <= right && b.y() >= top
                && b.y() + b.height() <= bottom).map(NodeBox::id).toList();
    }

    /** @return {minX, minY, maxX, maxY} of all boxes; all 0 when there are none */
    public double[] bounds() {
        if (boxes.isEmpty()) {
            return new double[4];
        }
        double[] r = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        for (NodeBox b : boxes.values()) {
            r[0] = Math.min(r[0], b.x());
            r[1] = Math.min(r[1], b.y());
            r[2] = Math.max(r[2], b.x() + b.width());
            r[3] = Math.max(r[3], b.y() + b.height());
        }
        return r;
    }
}
