package org.ldnworkbench.ui.internal.editor.diagram;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Draws a {@link DiagramScene}: wires under boxes, each box with its id (bold), mechanism name and labelled ports,
 * event ports as diamonds with dashed wires, problems in red. Fonts, colours and the transform are made once per
 * canvas (never per paint), and only what meets the damaged area is drawn, so that large pipelines stay fluid.
 */
final class DiagramPainter {
    private static final int PORT_RADIUS = 4;

    private final Font normal;
    private final Font bold;
    private final Transform transform;
    private final Color background;
    private final Color nodeFill;
    private final Color headerFill;
    private final Color text;
    private final Color dimText;
    private final Color border;
    private final Color selection;
    private final Color wire;
    private final Color eventWire;
    private final Color problem;
    private final Color accept;
    private final Color tipBackground;
    private final Color tipText;

    DiagramPainter(Control canvas) {
        Display d = canvas.getDisplay();
        normal = canvas.getFont();
        FontData[] data = normal.getFontData();
        for (FontData f : data) {
            f.setStyle(SWT.BOLD);
        }
        bold = new Font(d, data);
        transform = new Transform(d);
        background = d.getSystemColor(SWT.COLOR_LIST_BACKGROUND);
        nodeFill = d.getSystemColor(SWT.COLOR_LIST_BACKGROUND);
        headerFill = d.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND);
        text = d.getSystemColor(SWT.COLOR_LIST_FOREGROUND);
        dimText = d.getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW);
        border = d.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
        selection = d.getSystemColor(SWT.COLOR_LIST_SELECTION);
        wire = new Color(70, 90, 120);
        eventWire = new Color(150, 90, 20);
        problem = new Color(200, 30, 30);
        accept = new Color(30, 140, 60);
        tipBackground = d.getSystemColor(SWT.COLOR_INFO_BACKGROUND);
        tipText = d.getSystemColor(SWT.COLOR_INFO_FOREGROUND);
    }

    /** @return the bold font of node ids (for measuring) */
    Font bold() {
        return bold;
    }

    void dispose() {
        bold.dispose();
        transform.dispose();
    }

    /**
     * @param gc the canvas's GC
     * @param clip the damaged area, canvas pixels
     * @param area the canvas's client area (a refusal stays inside it)
     * @param scene what to draw
     * @param view zoom and scroll
     * @param selected the selection
     * @param problems the engine's problems by node and wire
     * @param overlay the gesture in progress
     * @param focused whether the canvas has the keyboard focus (then the focus node is outlined)
     */
    void paint(GC gc, Rectangle clip, Rectangle area, DiagramScene scene, DiagramView view, DiagramSelection selected,
            DiagramProblems problems, DiagramOverlay overlay, boolean focused) {
        gc.setBackground(background);
        gc.fillRectangle(clip);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        float z = (float) view.zoom();
        transform.setElements(z, 0, 0, z, (float) (-view.originX() * z), (float) (-view.originY() * z));
        gc.setTransform(transform);
        double[] visible = { view.toDiagramX(clip.x), view.toDiagramY(clip.y),
                view.toDiagramX(clip.x + clip.width), view.toDiagramY(clip.y + clip.height) };
        for (DiagramWire w : scene.wires()) {
            paintWire(gc, w, visible, selected, problems, overlay);
        }
        for (NodeBox b : scene.boxes()) {
            NodeBox shown = selected.contains(b.id()) ? shifted(b, overlay) : b;
            if (intersects(shown, visible)) {
                paintNode(gc, shown, selected.contains(b.id()), problems.ofNode(b.id()));
            }
        }
        if (focused && selected.focus() != null && scene.box(selected.focus()) != null) {
            NodeBox f = shifted(scene.box(selected.focus()), overlay);
            gc.setForeground(text);
            gc.drawFocus((int) f.x() - 4, (int) f.y() - 4, (int) f.width() + 8, (int) f.height() + 8);
        }
        paintGesture(gc, overlay);
        gc.setTransform(null);
        if (scene.boxes().isEmpty()) {
            paintHint(gc, area);
        }
        if (overlay.refusal != null && overlay.wireEnd != null) {
            paintTip(gc, overlay.refusal, view.toCanvasX(overlay.wireEnd.x()), view.toCanvasY(overlay.wireEnd.y()),
                    area);
        }
    }

    private static NodeBox shifted(NodeBox b, DiagramOverlay overlay) {
        return overlay.moving() ? b.at(b.x() + overlay.moveDx, b.y() + overlay.moveDy) : b;
    }

    private static boolean intersects(NodeBox b, double[] r) {
        return b.x() <= r[2] && b.x() + b.width() >= r[0] && b.y() <= r[3] && b.y() + b.height() >= r[1];
    }

    private void paintWire(GC gc, DiagramWire w, double[] visible, DiagramSelection selected,
            DiagramProblems problems, DiagramOverlay overlay) {
        DiagramPoint from = w.from();
        DiagramPoint to = w.to();
        if (overlay.moving()) {
            if (selected.contains(w.connection().from().node())) {
                from = new DiagramPoint(from.x() + overlay.moveDx, from.y() + overlay.moveDy);
            }
            if (selected.contains(w.connection().to().node())) {
                to = new DiagramPoint(to.x() + overlay.moveDx, to.y() + overlay.moveDy);
            }
        }
        DiagramWire shown = from == w.from() && to == w.to() ? w : new DiagramWire(w.connection(), from, to, w.event());
        int[] line = polyline(shown.path());
        if (!crosses(line, visible)) {
            return;
        }
        boolean isSelected = selected.contains(w.connection());
        boolean bad = !problems.ofWire(w.connection()).isEmpty();
        gc.setForeground(bad ? problem : isSelected ? selection : w.event() ? eventWire : wire);
        gc.setLineWidth(isSelected || bad ? 3 : 2);
        gc.setLineStyle(w.event() ? SWT.LINE_DASH : SWT.LINE_SOLID);
        gc.drawPolyline(line);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
    }

    /** Samples the curve; ends level within a pixel and in flow order give a straight line (no rounding ripple). */
    private static int[] polyline(DiagramPoint[] path) {
        int[] xy = new int[path.length * 2];
        for (int i = 0; i < path.length; i++) {
            xy[2 * i] = (int) Math.round(path[i].x());
            xy[2 * i + 1] = (int) Math.round(path[i].y());
        }
        return xy;
    }

    /** @return whether the line's bounding box meets the visible area {x0, y0, x1, y1} */
    private static boolean crosses(int[] xy, double[] visible) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (int i = 0; i < xy.length; i += 2) {
            minX = Math.min(minX, xy[i]);
            maxX = Math.max(maxX, xy[i]);
            minY = Math.min(minY, xy[i + 1]);
            maxY = Math.max(maxY, xy[i + 1]);
        }
        return maxX >= visible[0] && minX <= visible[2] && maxY >= visible[1] && minY <= visible[3];
    }

    private void paintNode(GC gc, NodeBox b, boolean isSelected, List<String> nodeProblems) {
        int x = (int) b.x();
        int y = (int) b.y();
        int w = (int) b.width();
        int h = (int) b.height();
        int header = (int) b.header();
        gc.setBackground(nodeFill);
        gc.fillRoundRectangle(x, y, w, h, 8, 8);
        gc.setBackground(headerFill);
        gc.fillRoundRectangle(x, y, w, header, 8, 8);
        gc.fillRectangle(x, y + header - 6, w, 6);
        boolean bad = !nodeProblems.isEmpty() || !b.node().installed();
        gc.setForeground(bad ? problem : isSelected ? selection : border);
        gc.setLineWidth(bad || isSelected ? 2 : 1);
        gc.setLineStyle(b.node().installed() ? SWT.LINE_SOLID : SWT.LINE_DASH);
        gc.drawRoundRectangle(x, y, w, h, 8, 8);
        gc.setLineStyle(SWT.LINE_SOLID);
        if (bad && isSelected) { // a second, outer outline: a node with a problem is red, and must still show selected
            gc.setForeground(selection);
            gc.drawRoundRectangle(x - 4, y - 4, w + 8, h + 8, 12, 12);
        }
        gc.setLineWidth(1);
        gc.setForeground(border);
        gc.drawLine(x + 1, y + header, x + w - 1, y + header);
        int line = gc.getFontMetrics().getHeight();
        gc.setFont(bold);
        gc.setForeground(text);
        gc.drawText(b.id(), x + NodeGeometry.PADDING, y + NodeGeometry.PADDING / 2, true);
        gc.setFont(normal);
        gc.setForeground(b.node().installed() ? dimText : problem);
        gc.drawText(b.node().title(), x + NodeGeometry.PADDING, y + NodeGeometry.PADDING / 2 + line, true);
        paintPorts(gc, b, b.node().inputs(), false);
        paintPorts(gc, b, b.node().outputs(), true);
    }

    private void paintPorts(GC gc, NodeBox b, List<DiagramPort> ports, boolean output) {
        for (int i = 0; i < ports.size(); i++) {
            DiagramPort p = ports.get(i);
            DiagramPoint a = b.anchor(i, output);
            int ax = (int) a.x();
            int ay = (int) a.y();
            gc.setBackground(p.event() ? eventWire : wire);
            if (p.event()) {
                gc.fillPolygon(new int[] { ax, ay - PORT_RADIUS - 1, ax + PORT_RADIUS + 1, ay, ax,
                        ay + PORT_RADIUS + 1, ax - PORT_RADIUS - 1, ay });
            } else {
                gc.fillOval(ax - PORT_RADIUS, ay - PORT_RADIUS, 2 * PORT_RADIUS, 2 * PORT_RADIUS);
            }
            String label = p.label();
            Point size = gc.textExtent(label);
            int tx = output ? ax - NodeGeometry.PADDING - size.x : ax + NodeGeometry.PADDING;
            gc.setForeground(text);
            gc.drawText(label, tx, ay - size.y / 2, true);
        }
    }

    private void paintGesture(GC gc, DiagramOverlay overlay) {
        if (overlay.marquee != null) {
            double[] m = overlay.marquee;
            gc.setForeground(selection);
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawRectangle((int) Math.min(m[0], m[2]), (int) Math.min(m[1], m[3]), (int) Math.abs(m[2] - m[0]),
                    (int) Math.abs(m[3] - m[1]));
            gc.setLineStyle(SWT.LINE_SOLID);
        }
        if (overlay.wireFrom != null && overlay.wireEnd != null) {
            DiagramPoint start = overlay.wireFrom.anchor();
            DiagramPoint end = overlay.wireTarget != null ? overlay.wireTarget.anchor() : overlay.wireEnd;
            boolean fromOutput = overlay.wireFrom.port().output();
            DiagramWire rubber = new DiagramWire(null, fromOutput ? start : end, fromOutput ? end : start,
                    overlay.wireFrom.port().event());
            gc.setForeground(overlay.wireTarget == null ? wire : overlay.refusal == null ? accept : problem);
            gc.setLineWidth(2);
            gc.setLineStyle(rubber.event() ? SWT.LINE_DASH : SWT.LINE_SOLID);
            gc.drawPolyline(polyline(rubber.path()));
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.setLineWidth(1);
        }
    }

    /** Tells where nodes come from when there are none yet. */
    private void paintHint(GC gc, Rectangle area) {
        gc.setFont(normal);
        gc.setForeground(dimText);
        Point size = gc.textExtent(Messages.Empty_hint);
        gc.drawText(Messages.Empty_hint, Math.max(4, (area.width - size.x) / 2), Math.max(4, area.height / 3 - size.y),
                true);
    }

    /** Draws a refusal beside the pointer, on whichever side keeps it inside the canvas. */
    private void paintTip(GC gc, String message, int x, int y, Rectangle area) {
        gc.setFont(normal);
        Point size = gc.textExtent(message);
        int width = size.x + 12;
        int height = size.y + 8;
        int left = Math.max(0, x + 16 + width > area.width ? x - 16 - width : x + 16);
        int top = y + 18 + height > area.height ? y - 18 - height : y + 18;
        gc.setBackground(tipBackground);
        gc.fillRectangle(left, top, width, height);
        gc.setForeground(problem);
        gc.drawRectangle(left, top, width, height);
        gc.setForeground(tipText);
        gc.drawText(message, left + 6, top + 4, true);
    }
}
