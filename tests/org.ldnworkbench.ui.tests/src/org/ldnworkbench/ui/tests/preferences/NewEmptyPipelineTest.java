package org.ldnworkbench.ui.tests.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.core.pipeline.Integrator;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.ui.internal.preferences.WorkbenchPreferences;
import org.ldnworkbench.ui.tests.support.Events;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Widgets;
import org.ldnworkbench.ui.tests.support.Workbenches;
import org.osgi.service.prefs.BackingStoreException;

/**
 * File &gt; New &gt; Pipeline, Empty pipeline: the new file starts with the simulation settings of the preferences
 * (Window &gt; Preferences &gt; LDN Workbench &gt; Simulation), and the wizard also offers the TLR4 hypotheses example.
 */
@ExtendWith(ScreenshotOnFailure.class)
class NewEmptyPipelineTest {
    private static final String PROJECT = "new-empty-preferences";
    private static final String WIZARD = "org.ldnworkbench.ui.wizards.newPipeline";
    private WizardDialog dialog;

    @AfterEach
    void cleanUp() throws BackingStoreException {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        Workbenches.closeAllEditors();
        Workbenches.deleteProject(PROJECT);
        WorkbenchPreferences.node().clear();
        WorkbenchPreferences.node().flush();
    }

    @Test
    void theEmptyPipelineStartsWithThePreferredSimulationSettings() throws Exception {
        WorkbenchPreferences.node().put(WorkbenchPreferences.INTEGRATOR, "dormand-prince-54");
        WorkbenchPreferences.node().put(WorkbenchPreferences.RTOL, "1e-7");
        WorkbenchPreferences.node().put(WorkbenchPreferences.ATOL, "1e-9");
        WorkbenchPreferences.node().put(WorkbenchPreferences.OUTPUT_STEP, "0.25");
        IProject project = Workbenches.project(PROJECT);
        Shell wizard = openWizard(project);
        ((Text) Widgets.besideLabel(wizard, "Folder:")).setText(PROJECT);
        ((Text) Widgets.besideLabel(wizard, "File name:")).setText("mine");
        List<String> offered = choose(wizard, "Empty pipeline");
        assertTrue(offered.contains("TLR4 hypotheses: LDN 4.5 mg vs 50 mg, plasma exposure vs tissue accumulation"),
                offered.toString());
        Button finish = Widgets.find(wizard, Button.class, Widgets.withText("Finish"), "the Finish button");
        UiWait.until("Finish to be enabled for a new empty pipeline", finish::isEnabled);
        Events.select(finish);
        UiWait.until("the wizard to close after Finish", wizard::isDisposed);

        IFile file = project.getFile("mine.ldnpipe");
        assertTrue(file.exists(), "Finish created no " + file.getFullPath());
        Pipeline created = PipelineFiles.read(new StringReader(Workbenches.text(file)), file.getName());
        assertEquals("mine", created.name());
        assertTrue(created.nodes().isEmpty());
        assertEquals(Integrator.DORMAND_PRINCE_54, created.simulation().integrator());
        assertEquals(1e-7, created.simulation().rtol());
        assertEquals(1e-9, created.simulation().atol());
        assertEquals(0.25, created.simulation().step());
        assertEquals(1344, created.simulation().end());
    }

    private Shell openWizard(IProject project) throws CoreException {
        dialog = Workbenches.openNewWizard(WIZARD, project);
        return dialog.getShell();
    }

    /** Selects a row of the "Start from" list as a click does; returns every row's text. */
    private static List<String> choose(Shell wizard, String template) {
        Table list = Widgets.find(wizard, Table.class, t -> true, "the template list");
        List<String> rows = Arrays.stream(list.getItems()).map(TableItem::getText).toList();
        TableItem row = Arrays.stream(list.getItems()).filter(i -> template.equals(i.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("the wizard offers no '" + template + "' among " + rows));
        list.setSelection(row);
        Event click = new Event();
        click.item = row;
        Events.notify(list, SWT.Selection, click);
        return rows;
    }
}
