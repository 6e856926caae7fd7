package org.ldnworkbench.ui.tests.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.tests.support.Events;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.Screenshots;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Widgets;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * An out-of-range value on the Parameters page: the user selects dosing's {@code amount} (4.5 mg in the template),
 * presses F2, types 2000 and Enter. The mechanism allows 0 to 1000 mg, so the value is refused: the page's message
 * line names the value, the parameter and the range with its unit, and the pipeline keeps 4.5 (nothing to undo, the
 * editor stays clean).
 */
@ExtendWith(ScreenshotOnFailure.class)
class ParameterOutOfRangeTest {
    private static final String PROJECT = "parameter-range";
    private static final String KEY = PipelineEditors.WIDGET_KEY;

    @AfterEach
    void cleanUp() {
        Workbenches.closeAllEditors();
        Workbenches.deleteProject(PROJECT);
    }

    @Test
    void twoThousandMgForDosingAmountIsRefusedWithTheRange() {
        IFile file = Workbenches.file(Workbenches.project(PROJECT), "trial.ldnpipe",
                PipelineEditors.template(PipelineEditors.DEFAULT_TEMPLATE));
        PipelineEditor editor = PipelineEditors.open(file);
        PipelineDocument document = PipelineEditors.document(editor);
        PipelineEditors.showPage(editor, "Parameters");
        Tree tree = Widgets.find(PipelineEditors.tabs(editor), Tree.class, Widgets.withData(KEY, "parameters.tree"),
                "the Parameters tree");
        TreeItem amount = Widgets.treeItem(tree, "amount");
        assertEquals("4.5", amount.getText(1), "the template's dosing amount is not shown as 4.5");

        tree.setSelection(amount);
        Event click = new Event();
        click.item = amount;
        Events.notify(tree, SWT.Selection, click);
        Events.focus(tree);
        Events.postKey(SWT.F2);
        Text cell = UiWait.forValue("the value's cell editor to open on F2", () -> Widgets.all(tree, Text.class,
                t -> t.isVisible() && t.isFocusControl()).stream().findFirst().orElse(null), UiWait.DEFAULT_TIMEOUT);
        cell.selectAll();
        Events.postText("2000");
        UiWait.until("2000 typed into the cell editor", () -> "2000".equals(cell.getText()));
        Events.postKey(SWT.CR);
        Label message = Widgets.find(tree.getParent(), Label.class, Widgets.withData(KEY, "message"),
                "the Parameters page's message line");
        UiWait.until("the message line to say why 2000 was refused", () -> !message.getText().isEmpty());
        Screenshots.save(editor.getSite().getShell(), "parameters-out-of-range-refused");
        assertEquals("Not changed: node 'dosing': 2000 mg is outside the range of amount, [0, 1000] mg",
                message.getText());
        assertEquals(4.5, document.pipeline().node("dosing").parameters().get("amount"),
                "the refused value reached the pipeline");
        assertEquals("4.5", Widgets.treeItem(tree, "amount").getText(1), "the tree shows another value than 4.5");
        assertFalse(editor.isDirty(), "a refused value made the editor dirty");
    }
}
