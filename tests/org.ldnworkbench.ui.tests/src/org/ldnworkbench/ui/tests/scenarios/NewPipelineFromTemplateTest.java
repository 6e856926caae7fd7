package org.ldnworkbench.ui.tests.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.tests.support.Events;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Widgets;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * File &gt; New &gt; Pipeline from a template: the user fills the wizard's folder and file name, chooses the template
 * "LDN 4.5 mg nightly vs naltrexone 50 mg daily" and presses Finish; the file exists with the template's nodes and
 * is open in the pipeline editor.
 * <p>
 * The wizard is opened as the newWizard command opens it (its registry descriptor's wizard, initialised with the
 * selection, in a WizardDialog), but without blocking: a command would hold the test in the dialog's event loop.
 */
@ExtendWith(ScreenshotOnFailure.class)
class NewPipelineFromTemplateTest {
    private static final String PROJECT = "new-from-template";
    private static final String WIZARD = "org.ldnworkbench.ui.wizards.newPipeline";
    private static final String TEMPLATE = "LDN 4.5 mg nightly vs naltrexone 50 mg daily";
    private WizardDialog dialog;

    @AfterEach
    void cleanUp() {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        Workbenches.closeAllEditors();
        Workbenches.deleteProject(PROJECT);
    }

    @Test
    void finishCreatesTheTemplatesFileAndOpensIt() throws Exception {
        IProject project = Workbenches.project(PROJECT);
        Shell wizard = openWizard(project);

        ((Text) Widgets.besideLabel(wizard, "Folder:")).setText(PROJECT);
        ((Text) Widgets.besideLabel(wizard, "File name:")).setText("ldn-trial");
        chooseTemplate(wizard);
        Button finish = Widgets.find(wizard, Button.class, Widgets.withText("Finish"), "the Finish button");
        UiWait.until("Finish to be enabled for a new file from the template", finish::isEnabled);
        Events.select(finish);
        UiWait.until("the wizard to close after Finish", wizard::isDisposed);

        IFile file = project.getFile("ldn-trial.ldnpipe");
        assertTrue(file.exists(), "Finish created no " + file.getFullPath());
        Pipeline created = PipelineFiles.read(new StringReader(Workbenches.text(file)), file.getName());
        Pipeline template = PipelineFiles.read(new StringReader(PipelineEditors.template(
                PipelineEditors.DEFAULT_TEMPLATE)), PipelineEditors.DEFAULT_TEMPLATE);
        assertEquals(TEMPLATE, created.name(), "the new file is not the chosen template");
        assertEquals(ids(template), ids(created), "the new file has other nodes than the template");

        IEditorPart editor = UiWait.forValue("the new file to open in the pipeline editor", () -> {
            IEditorPart active = Workbenches.page().getActiveEditor();
            return active instanceof PipelineEditor && active.getEditorInput() instanceof FileEditorInput in
                    && in.getFile().equals(file) ? active : null;
        }, UiWait.DEFAULT_TIMEOUT);
        assertEquals(ids(template), ids(PipelineEditors.document(editor).pipeline()),
                "the editor shows other nodes than the template's");
        assertFalse(editor.isDirty(), "the new pipeline's editor is dirty before any edit");
    }

    private Shell openWizard(IProject project) throws CoreException {
        dialog = Workbenches.openNewWizard(WIZARD, project);
        return dialog.getShell();
    }

    /** Selects the template's row in the "Start from" list, as a click on it does. */
    private static void chooseTemplate(Shell wizard) {
        Table list = Widgets.find(wizard, Table.class, t -> true, "the template list");
        TableItem row = Arrays.stream(list.getItems()).filter(i -> TEMPLATE.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("the wizard offers no template '" + TEMPLATE + "' among "
                        + Arrays.stream(list.getItems()).map(TableItem::getText).toList()));
        list.setSelection(row);
        Event click = new Event();
        click.item = row;
        Events.notify(list, SWT.Selection, click);
    }

    private static List<String> ids(Pipeline pipeline) {
        return pipeline.nodes().stream().map(Node::id).toList();
    }
}
