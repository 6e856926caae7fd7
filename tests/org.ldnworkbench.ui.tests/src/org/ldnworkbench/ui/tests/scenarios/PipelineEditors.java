package org.ldnworkbench.ui.tests.scenarios;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.internal.editor.diagram.DiagramPoint;
import org.ldnworkbench.ui.internal.editor.diagram.DiagramPort;
import org.ldnworkbench.ui.internal.editor.diagram.DiagramScene;
import org.ldnworkbench.ui.internal.editor.diagram.DiagramView;
import org.ldnworkbench.ui.internal.editor.diagram.NodeBox;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.tests.support.Events;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Widgets;
import org.ldnworkbench.ui.tests.support.Workbenches;
import org.osgi.framework.FrameworkUtil;

/**
 * The pipeline editor as the scenario tests drive it: opening a file, its page tabs, its Source text and its
 * diagram canvas. The canvas draws everything itself, so where a node or port is on screen comes from the canvas's
 * own scene and view (package-private in the host, reached by reflection: the fragment shares the host's class
 * loader); the tests then post real mouse events at those points.
 */
final class PipelineEditors {
    /** Key of the data naming the Source page's text widget. */
    static final String WIDGET_KEY = "org.ldnworkbench.ui.widget";
    /** The shipped template "LDN 4.5 mg nightly vs naltrexone 50 mg daily". */
    static final String DEFAULT_TEMPLATE = "ldn-vs-standard.ldnpipe";

    private PipelineEditors() {
    }

    /** @return the text of a New Pipeline template (a shipped example, copied into org.ldnworkbench.ui) */
    static String template(String name) {
        URL entry = FrameworkUtil.getBundle(UiIds.class).getEntry("templates/" + name);
        assertNotNull(entry, "org.ldnworkbench.ui has no templates/" + name);
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("Could not read templates/" + name + " of org.ldnworkbench.ui: " + e, e);
        }
    }

    /** Opens {@code file} in the pipeline editor, failing unless the pipeline editor itself opened. */
    static PipelineEditor open(IFile file) {
        IEditorPart part = Workbenches.open(file, UiIds.PIPELINE_EDITOR);
        return assertInstanceOf(PipelineEditor.class, part,
                "the pipeline editor did not open on " + file.getFullPath() + " (the workspace log says why)");
    }

    /** @return the editor's document, which must be available (no unapplied Source text) */
    static PipelineDocument document(IEditorPart editor) {
        PipelineDocument document = editor.getAdapter(PipelineDocument.class);
        assertNotNull(document, "the editor gives no PipelineDocument");
        return document;
    }

    /** @return the tab folder of the editor's pages */
    static CTabFolder tabs(MultiPageEditorPart editor) {
        try {
            Method container = MultiPageEditorPart.class.getDeclaredMethod("getContainer");
            container.setAccessible(true);
            return assertInstanceOf(CTabFolder.class, container.invoke(editor), "the editor's pages are not tabs");
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Cannot reach the page container of " + editor.getTitle() + ": " + e, e);
        }
    }

    /** @return the title of the page the editor shows */
    static String activePage(MultiPageEditorPart editor) {
        CTabItem selected = tabs(editor).getSelection();
        return selected == null ? null : selected.getText();
    }

    /** Clicks the tab of the page titled {@code title}, as a user's click does (the folder's selection event). */
    static void showPage(MultiPageEditorPart editor, String title) {
        CTabFolder folder = tabs(editor);
        CTabItem item = Arrays.stream(folder.getItems()).filter(i -> title.equals(i.getText())).findFirst()
                .orElseGet(() -> fail("The editor has no page '" + title + "'"));
        folder.setSelection(item);
        Event event = new Event();
        event.item = item;
        Events.notify(folder, SWT.Selection, event);
    }

    /** @return the Source page's text widget */
    static StyledText sourceText(MultiPageEditorPart editor) {
        return Widgets.find(tabs(editor), StyledText.class, Widgets.withData(WIDGET_KEY, "source.text"),
                "the Source page's text");
    }

    /** @return the diagram's canvas (the editor must show the Diagram page for posted events to reach it) */
    static Canvas canvas(MultiPageEditorPart editor) {
        return Widgets.find(tabs(editor), Canvas.class,
                c -> "DiagramCanvas".equals(c.getClass().getSimpleName()), "the diagram canvas");
    }

    /** @return what the canvas draws now */
    static DiagramScene scene(Canvas canvas) {
        return (DiagramScene) call(canvas, "scene");
    }

    /** @return the canvas's zoom and scroll position */
    static DiagramView view(Canvas canvas) {
        return (DiagramView) call(canvas, "view");
    }

    /** @return why the port under the pointer refuses the wire being drawn, as the canvas shows it; null if none */
    static String shownRefusal(Canvas canvas) {
        Object overlay = call(canvas, "overlay");
        try {
            Field refusal = overlay.getClass().getDeclaredField("refusal");
            refusal.setAccessible(true);
            return (String) refusal.get(overlay);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Cannot read the diagram's drag feedback: " + e, e);
        }
    }

    /** @return the canvas point in the middle of a node's header (its id and mechanism), where a click selects it */
    static Point nodeHeader(Canvas canvas, String nodeId) {
        NodeBox box = box(canvas, nodeId);
        return onCanvas(canvas, new DiagramPoint(box.x() + box.width() / 2, box.y() + box.header() / 2));
    }

    /** @return the canvas point where wires attach to a port of a node */
    static Point port(Canvas canvas, String nodeId, String port, boolean output) {
        NodeBox box = box(canvas, nodeId);
        var ports = output ? box.node().outputs() : box.node().inputs();
        for (int i = 0; i < ports.size(); i++) {
            DiagramPort p = ports.get(i);
            if (p.name().equals(port)) {
                Point at = onCanvas(canvas, box.anchor(i, output));
                // a point inside the box, at the port's row: the port's label there hits the port too
                return new Point(at.x + (output ? -2 : 2), at.y);
            }
        }
        return fail("Node '" + nodeId + "' shows no " + (output ? "output" : "input") + " '" + port + "'");
    }

    /** Scrolls and zooms the diagram so that all of it is in view (the Zoom to fit command). */
    static void fit() {
        Workbenches.execute("org.ldnworkbench.ui.diagram.fit");
    }

    private static NodeBox box(Canvas canvas, String nodeId) {
        NodeBox box = scene(canvas).box(nodeId);
        assertNotNull(box, "the diagram shows no node '" + nodeId + "'");
        return box;
    }

    private static Point onCanvas(Canvas canvas, DiagramPoint p) {
        DiagramView view = view(canvas);
        Point at = new Point(view.toCanvasX(p.x()), view.toCanvasY(p.y()));
        var area = canvas.getClientArea();
        if (!area.contains(at)) {
            fail("The diagram point " + p + " is off the canvas at " + at + " (client area " + area + ")");
        }
        return at;
    }

    private static Object call(Canvas canvas, String method) {
        try {
            Method m = canvas.getClass().getDeclaredMethod(method);
            m.setAccessible(true);
            return m.invoke(canvas);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Cannot ask the diagram canvas for its " + method + ": " + e, e);
        }
    }

    /** Waits until the canvas has a scene (it is built when the page is created). */
    static void awaitScene(Canvas canvas) {
        UiWait.until("the diagram to show its nodes", () -> scene(canvas) != null);
    }
}
