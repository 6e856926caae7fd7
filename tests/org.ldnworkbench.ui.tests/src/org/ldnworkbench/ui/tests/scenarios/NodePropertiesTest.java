package org.ldnworkbench.ui.tests.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.tests.support.Events;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Widgets;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * A node selected on the diagram shows in the Properties view: its id, mechanism and the value a run uses for each
 * parameter with unit and origin. The click goes to the canvas's own mouse listeners (posted presses land elsewhere
 * under Xvfb); the editor is activated through the workbench page, as a click into it would.
 */
@ExtendWith(ScreenshotOnFailure.class)
class NodePropertiesTest {
    private static final String PROJECT = "node-properties";

    @AfterEach
    void cleanUp() {
        Workbenches.closeAllEditors();
        Workbenches.deleteProject(PROJECT);
    }

    @Test
    void theSelectedNodesMechanismAndParameterValuesShowInThePropertiesView() throws PartInitException {
        IFile file = Workbenches.file(Workbenches.project(PROJECT), "trial.ldnpipe",
                PipelineEditors.template(PipelineEditors.DEFAULT_TEMPLATE));
        IViewPart properties = Workbenches.page().showView(IPageLayout.ID_PROP_SHEET);
        PipelineEditor editor = PipelineEditors.open(file);
        Workbenches.page().activate(editor);
        Canvas canvas = PipelineEditors.canvas(editor);
        PipelineEditors.awaitScene(canvas);
        PipelineEditors.fit();
        Events.notifyClick(canvas, PipelineEditors.nodeHeader(canvas, "dosing"));

        Control sheet = (Control) properties.getSite().getAdapter(Control.class);
        Composite root = sheet instanceof Composite c ? c : editor.getSite().getShell();
        UiWait.until("the Properties view to show node dosing's mechanism and its amount", () -> {
            List<String> rows = rows(root);
            return rows.stream().anyMatch(r -> r.contains("Oral dosing regimen (org.ldnworkbench.pk.oralDosing)"))
                    && rows.stream().anyMatch(r -> r.startsWith("amount") && r.contains("4.5 mg")
                            && r.contains("node value"));
        });
        List<String> rows = rows(root);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("interval") && r.contains("24 h")), rows.toString());
    }

    /** @return every tree row under {@code root} as "column 0 | column 1" */
    private static List<String> rows(Composite root) {
        List<String> rows = new ArrayList<>();
        for (Tree tree : Widgets.all(root, Tree.class, t -> !t.isDisposed())) {
            collect(tree.getItems(), rows);
        }
        return rows;
    }

    private static void collect(TreeItem[] items, List<String> rows) {
        for (TreeItem item : items) {
            rows.add(item.getText(0) + " | " + item.getText(1));
            collect(item.getItems(), rows);
        }
    }
}
