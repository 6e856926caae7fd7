package org.ldnworkbench.ui.tests.meditors;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.internal.editor.diagram.DiagramScene;
import org.ldnworkbench.ui.internal.editor.diagram.DiagramView;
import org.ldnworkbench.ui.internal.editor.diagram.NodeBox;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.internal.mechanismeditors.MechanismEditorWindows;
import org.ldnworkbench.ui.tests.support.Events;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Widgets;
import org.ldnworkbench.ui.tests.support.Workbenches;
import org.osgi.framework.FrameworkUtil;

/**
 * The mechanism editors as the tests open them: the shipped example pipeline in the pipeline editor, a double-click
 * on a node delivered to the diagram canvas's own mouse listeners (the canvas hit-tests itself; where a node is comes
 * from its scene and view, package-private in the host and reached by reflection), and the window that opens.
 */
final class MechanismEditors {
    /** Key of the widget data naming the editors' widgets. */
    static final String KEY = "org.ldnworkbench.ui.widget";
    /** The shipped example "LDN 4.5 mg nightly vs naltrexone 50 mg daily" (dosing, pk, receptor, rebound, ...). */
    static final String EXAMPLE = "ldn-vs-standard.ldnpipe";
    /** How long a preview may take to appear on this machine under test load. */
    static final Duration PREVIEW_TIMEOUT = Duration.ofSeconds(30);

    private MechanismEditors() {
    }

    /** @return the example's pipeline text (the template the New Pipeline wizard copies) */
    static String example() {
        try (InputStream in = FrameworkUtil.getBundle(UiIds.class).getEntry("templates/" + EXAMPLE).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("Cannot read templates/" + EXAMPLE + " of org.ldnworkbench.ui: " + e, e);
        }
    }

    /** Opens the example in the pipeline editor of project {@code project}, its diagram showing all nodes. */
    static PipelineEditor openExample(String project) {
        IFile file = Workbenches.file(Workbenches.project(project), "trial.ldnpipe", example());
        PipelineEditor editor = assertInstanceOf(PipelineEditor.class, Workbenches.open(file, UiIds.PIPELINE_EDITOR),
                "the pipeline editor did not open the example");
        Canvas canvas = canvas(editor);
        UiWait.until("the diagram to show its nodes", () -> call(canvas, "scene") != null);
        Workbenches.execute("org.ldnworkbench.ui.diagram.fit");
        return editor;
    }

    static PipelineDocument document(PipelineEditor editor) {
        PipelineDocument d = editor.getAdapter(PipelineDocument.class);
        assertNotNull(d, "the editor gives no PipelineDocument");
        return d;
    }

    static Canvas canvas(MultiPageEditorPart editor) {
        return Widgets.find(tabs(editor), Canvas.class, c -> "DiagramCanvas".equals(c.getClass().getSimpleName()),
                "the diagram canvas");
    }

    /**
     * Double-clicks a node as SWT delivers it (press, release, press, double-click, release) to the canvas's
     * listeners, and waits for its mechanism editor's window.
     *
     * @return the window
     */
    static Shell doubleClick(PipelineEditor editor, String nodeId) {
        Canvas canvas = canvas(editor);
        Point at = nodeHeader(canvas, nodeId);
        Events.notifyClick(canvas, at);
        Event e = new Event();
        e.x = at.x;
        e.y = at.y;
        e.button = 1;
        e.count = 2;
        Events.notify(canvas, SWT.MouseDown, e);
        Event dc = new Event();
        dc.x = at.x;
        dc.y = at.y;
        dc.button = 1;
        dc.count = 2;
        Events.notify(canvas, SWT.MouseDoubleClick, dc);
        Event up = new Event();
        up.x = at.x;
        up.y = at.y;
        up.button = 1;
        up.stateMask = SWT.BUTTON1;
        Events.notify(canvas, SWT.MouseUp, up);
        return window(nodeId);
    }

    /** @return the open mechanism editor window of a node, waiting for it */
    static Shell window(String nodeId) {
        return UiWait.forValue("the mechanism editor window of node '" + nodeId + "'",
                () -> MechanismEditorWindows.shells().stream()
                        .filter(s -> !s.isDisposed() && ("mechanismEditor." + nodeId).equals(s.getData(KEY)))
                        .findFirst().orElse(null), UiWait.DEFAULT_TIMEOUT);
    }

    /** @return the widget of a type named {@code name} (widget data) in the window */
    static <T extends Widget> T named(Shell window, Class<T> type, String name) {
        return Widgets.find(window, type, Widgets.withData(KEY, name), "named " + name);
    }

    private static Point nodeHeader(Canvas canvas, String nodeId) {
        DiagramScene scene = (DiagramScene) call(canvas, "scene");
        DiagramView view = (DiagramView) call(canvas, "view");
        NodeBox box = scene.box(nodeId);
        assertNotNull(box, "the diagram shows no node '" + nodeId + "'");
        return new Point(view.toCanvasX(box.x() + box.width() / 2), view.toCanvasY(box.y() + box.header() / 2));
    }

    private static CTabFolder tabs(MultiPageEditorPart editor) {
        try {
            Method container = MultiPageEditorPart.class.getDeclaredMethod("getContainer");
            container.setAccessible(true);
            return (CTabFolder) container.invoke(editor);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Cannot reach the page container of " + editor.getTitle() + ": " + e, e);
        }
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
}
