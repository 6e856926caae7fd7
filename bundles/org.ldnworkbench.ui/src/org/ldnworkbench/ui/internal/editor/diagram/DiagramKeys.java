package org.ldnworkbench.ui.internal.editor.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * The diagram's keys that are not commands: Tab and Shift+Tab go from node to node in the pipeline's order, arrow
 * keys go to the nearest node in that direction, Ctrl or Alt with an arrow moves the selected nodes (Shift for a
 * finer step), + and - zoom, Escape abandons a drag or clears the selection. Ctrl+Tab leaves the canvas. Commands
 * (Delete, F2, Ctrl+A, Ctrl+L, Ctrl+K, zoom) come through key bindings.
 */
final class DiagramKeys {
    private static final double STEP = 10;
    private static final double FINE_STEP = 1;

    private final DiagramPage page;
    private final DiagramCanvas canvas;
    private final DiagramMouse mouse;

    DiagramKeys(DiagramPage page, DiagramCanvas canvas, DiagramMouse mouse) {
        this.page = page;
        this.canvas = canvas;
        this.mouse = mouse;
        canvas.addListener(SWT.Traverse, this::traverse);
        canvas.addListener(SWT.KeyDown, this::key);
    }

    private void traverse(Event e) {
        boolean tab = e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS;
        if (tab && (e.stateMask & SWT.MOD1) == 0) {
            e.doit = false; // Tab goes through the nodes; Ctrl+Tab leaves the canvas
        }
        if (e.detail == SWT.TRAVERSE_ESCAPE) {
            e.doit = false;
        }
    }

    private void key(Event e) {
        boolean move = (e.stateMask & (SWT.MOD1 | SWT.ALT)) != 0;
        double step = (e.stateMask & SWT.SHIFT) != 0 ? FINE_STEP : STEP;
        switch (e.keyCode) {
        case SWT.TAB -> cycle((e.stateMask & SWT.SHIFT) != 0 ? -1 : 1);
        case SWT.ARROW_LEFT -> arrow(move, -step, 0);
        case SWT.ARROW_RIGHT -> arrow(move, step, 0);
        case SWT.ARROW_UP -> arrow(move, 0, -step);
        case SWT.ARROW_DOWN -> arrow(move, 0, step);
        case SWT.ESC -> escape();
        case '+', '=', SWT.KEYPAD_ADD -> zoomKey(e, DiagramView.STEP);
        case '-', SWT.KEYPAD_SUBTRACT -> zoomKey(e, 1 / DiagramView.STEP);
        default -> {
            return;
        }
        }
        e.doit = false;
    }

    private void zoomKey(Event e, double factor) {
        if ((e.stateMask & SWT.MOD1) == 0) {
            page.zoom(factor);
        }
    }

    private void escape() {
        if (canvas.overlay().wireFrom != null || canvas.overlay().marquee != null || canvas.overlay().moving()) {
            mouse.cancel();
        } else {
            canvas.selection().clear();
            page.selectionChanged();
        }
    }

    private void arrow(boolean move, double dx, double dy) {
        if (move) {
            page.moveSelection(dx, dy);
        } else {
            nearest(Math.signum(dx), Math.signum(dy));
        }
    }

    private void cycle(int direction) {
        List<NodeBox> boxes = new ArrayList<>(canvas.scene().boxes());
        if (boxes.isEmpty()) {
            return;
        }
        int at = -1;
        String focus = canvas.selection().focus();
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).id().equals(focus)) {
                at = i;
            }
        }
        int next = at < 0 ? (direction > 0 ? 0 : boxes.size() - 1) : Math.floorMod(at + direction, boxes.size());
        focusNode(boxes.get(next).id());
    }

    /** Goes to the node whose centre is nearest in the direction (dx, dy), weighting sideways distance double. */
    private void nearest(double dx, double dy) {
        NodeBox from = canvas.selection().focus() == null ? null : canvas.scene().box(canvas.selection().focus());
        if (from == null) {
            cycle(1);
            return;
        }
        double fx = from.x() + from.width() / 2;
        double fy = from.y() + from.height() / 2;
        NodeBox best = null;
        double bestScore = Double.MAX_VALUE;
        for (NodeBox b : canvas.scene().boxes()) {
            double ax = b.x() + b.width() / 2 - fx;
            double ay = b.y() + b.height() / 2 - fy;
            double along = ax * dx + ay * dy;
            if (b == from || along <= 0) {
                continue;
            }
            double across = Math.abs(ax * dy) + Math.abs(ay * dx);
            double score = along + 2 * across;
            if (score < bestScore) {
                best = b;
                bestScore = score;
            }
        }
        if (best != null) {
            focusNode(best.id());
        }
    }

    private void focusNode(String id) {
        canvas.selection().selectOnly(id);
        canvas.reveal(id);
        page.selectionChanged();
    }
}
