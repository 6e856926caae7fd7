package org.ldnworkbench.ui.internal.editor.diagram;

import java.util.Collection;

/**
 * Finds a place for a node that has none (added from the palette, or missing from the file's layout) where it
 * overlaps no other node: the wanted point if it is free, else the nearest free spot scanning rows downwards from it.
 */
public final class FreeSpace {
    /** Clearance kept around every node. */
    private static final double GAP = 20;
    private static final double STEP = 20;

    private FreeSpace() {
    }

    /**
     * @param placed the boxes already placed
     * @param box the box to place (its position is ignored)
     * @param wanted the preferred top-left corner
     * @return a top-left corner where the box overlaps none of {@code placed}
     */
    public static DiagramPoint place(Collection<NodeBox> placed, NodeBox box, DiagramPoint wanted) {
        for (int ring = 0;; ring++) {
            for (int dx = 0; dx <= ring; dx++) {
                double x = wanted.x() + dx * STEP * 4;
                double y = wanted.y() + (ring - dx) * STEP;
                if (isFree(placed, box.at(x, y))) {
                    return new DiagramPoint(x, y);
                }
            }
        }
    }

    /**
     * @param placed boxes
     * @return the top-left corner below all of them (where a node missing from the layout goes)
     */
    public static DiagramPoint below(Collection<NodeBox> placed) {
        double bottom = 0;
        double left = Double.MAX_VALUE;
        for (NodeBox b : placed) {
            bottom = Math.max(bottom, b.y() + b.height());
            left = Math.min(left, b.x());
        }
        return placed.isEmpty() ? new DiagramPoint(40, 40) : new DiagramPoint(left, bottom + 2 * GAP);
    }

    private static boolean isFree(Collection<NodeBox> placed, NodeBox box) {
        for (NodeBox b : placed) {
            boolean apart = box.x() + box.width() + GAP <= b.x() || b.x() + b.width() + GAP <= box.x()
                    || box.y() + box.height() + GAP <= b.y() || b.y() + b.height() + GAP <= box.y();
            if (!apart) {
                return false;
            }
        }
        return true;
    }
}
