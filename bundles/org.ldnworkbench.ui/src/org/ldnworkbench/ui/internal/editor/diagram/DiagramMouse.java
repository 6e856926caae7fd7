package org.ldnworkbench.ui.internal.editor.diagram;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * The diagram's mouse gestures: click to select (Ctrl or Shift to add or remove), drag a node to move the selection,
 * drag on empty space for a marquee, drag from a port to another to connect (the target port's refusal shows at the
 * pointer), double-click a node to open its mechanism's editor (F2 renames it), Ctrl+wheel to zoom. Nothing is written to the pipeline before the
 * button is released, and then as one edit.
 */
final class DiagramMouse implements Listener {
    /** Pixels the pointer must travel before a press becomes a drag. */
    private static final int DRAG_THRESHOLD = 3;
    /** Pixels around a port or wire that still hit it. */
    private static final int HIT = 7;

    private enum Gesture { NONE, PRESS_NODE, MOVE, MARQUEE, WIRE }

    private final DiagramPage page;
    private final DiagramCanvas canvas;
    private Gesture gesture = Gesture.NONE;
    private int downX;
    private int downY;

    DiagramMouse(DiagramPage page, DiagramCanvas canvas) {
        this.page = page;
        this.canvas = canvas;
        for (int type : new int[] { SWT.MouseDown, SWT.MouseMove, SWT.MouseUp, SWT.MouseDoubleClick,
                SWT.MouseWheel }) {
            canvas.addListener(type, this);
        }
    }

    @Override
    public void handleEvent(Event e) {
        switch (e.type) {
        case SWT.MouseDown -> down(e);
        case SWT.MouseMove -> move(e);
        case SWT.MouseUp -> up(e);
        case SWT.MouseDoubleClick -> doubleClick(e);
        case SWT.MouseWheel -> wheel(e);
        default -> throw new IllegalStateException("Unexpected mouse event type " + e.type);
        }
    }

    /** Abandons the gesture in progress (Escape). */
    void cancel() {
        gesture = Gesture.NONE;
        canvas.overlay().clear();
        canvas.redraw();
    }

    private double radius() {
        return HIT / canvas.view().zoom();
    }

    private void down(Event e) {
        if (e.button != 1 || canvas.scene() == null) {
            return;
        }
        canvas.setFocus();
        canvas.setToolTipText(null);
        downX = e.x;
        downY = e.y;
        double x = canvas.view().toDiagramX(e.x);
        double y = canvas.view().toDiagramY(e.y);
        boolean add = (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0;
        DiagramSelection selection = canvas.selection();
        PortHit port = canvas.scene().portAt(x, y, radius());
        NodeBox node = canvas.scene().nodeAt(x, y);
        if (port != null && !add) {
            gesture = Gesture.WIRE;
            canvas.overlay().wireFrom = port;
            canvas.overlay().wireEnd = port.anchor();
        } else if (node != null) {
            if (add) {
                selection.toggle(node.id());
            } else if (!selection.contains(node.id())) {
                selection.selectOnly(node.id());
            }
            gesture = selection.contains(node.id()) ? Gesture.PRESS_NODE : Gesture.NONE;
            page.selectionChanged();
        } else {
            DiagramWire wire = canvas.scene().wireAt(x, y, radius());
            if (wire != null) {
                if (add) {
                    selection.toggle(wire.connection());
                } else {
                    selection.selectOnly(wire.connection());
                }
                page.selectionChanged();
                return;
            }
            if (!add) {
                selection.clear();
                page.selectionChanged();
            }
            gesture = Gesture.MARQUEE;
            canvas.overlay().marquee = new double[] { x, y, x, y };
        }
    }

    private void move(Event e) {
        double x = canvas.view().toDiagramX(e.x);
        double y = canvas.view().toDiagramY(e.y);
        DiagramOverlay overlay = canvas.overlay();
        switch (gesture) {
        case PRESS_NODE -> {
            if (Math.abs(e.x - downX) > DRAG_THRESHOLD || Math.abs(e.y - downY) > DRAG_THRESHOLD) {
                gesture = Gesture.MOVE;
                move(e);
            }
        }
        case MOVE -> {
            overlay.moveDx = (e.x - downX) / canvas.view().zoom();
            overlay.moveDy = (e.y - downY) / canvas.view().zoom();
            canvas.redraw();
        }
        case MARQUEE -> {
            overlay.marquee[2] = x;
            overlay.marquee[3] = y;
            canvas.redraw();
        }
        case WIRE -> {
            overlay.wireEnd = new DiagramPoint(x, y);
            PortHit target = canvas.scene().portAt(x, y, radius());
            overlay.wireTarget = target;
            overlay.refusal = target == null ? null : page.connectionProblem(overlay.wireFrom.end(), target.end());
            canvas.redraw();
        }
        case NONE -> canvas.setToolTipText(page.tooltipAt(x, y, radius()));
        default -> throw new IllegalStateException("Unexpected gesture " + gesture);
        }
    }

    private void up(Event e) {
        DiagramOverlay overlay = canvas.overlay();
        Gesture ended = gesture;
        gesture = Gesture.NONE;
        if (ended == Gesture.MOVE && overlay.moving()) {
            double dx = overlay.moveDx;
            double dy = overlay.moveDy;
            overlay.clear();
            page.moveSelection(dx, dy);
        } else if (ended == Gesture.MARQUEE) {
            double[] m = overlay.marquee;
            List<String> inside = canvas.scene().nodesIn(m[0], m[1], m[2], m[3]);
            canvas.selection().addAll(inside);
            overlay.clear();
            page.selectionChanged();
        } else if (ended == Gesture.WIRE) {
            PortHit target = overlay.wireTarget;
            PortEnd from = overlay.wireFrom.end();
            boolean accepted = target != null && overlay.refusal == null;
            overlay.clear();
            canvas.redraw();
            if (accepted) {
                page.connect(from, target.end());
            }
        } else if (ended == Gesture.PRESS_NODE && (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) == 0) {
            NodeBox node = canvas.scene().nodeAt(canvas.view().toDiagramX(e.x), canvas.view().toDiagramY(e.y));
            if (node != null) {
                canvas.selection().selectOnly(node.id());
                page.selectionChanged();
            }
        }
        overlay.clear();
        canvas.redraw();
    }

    private void doubleClick(Event e) {
        if (e.button != 1 || canvas.scene() == null) {
            return;
        }
        gesture = Gesture.NONE;
        canvas.overlay().clear();
        NodeBox node = canvas.scene().nodeAt(canvas.view().toDiagramX(e.x), canvas.view().toDiagramY(e.y));
        if (node != null) {
            canvas.selection().selectOnly(node.id());
            page.selectionChanged();
            page.openMechanismEditor();
        }
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0) {
            e.doit = false;
            canvas.zoomBy(e.count > 0 ? DiagramView.STEP : 1 / DiagramView.STEP, e.x, e.y);
        }
    }
}
