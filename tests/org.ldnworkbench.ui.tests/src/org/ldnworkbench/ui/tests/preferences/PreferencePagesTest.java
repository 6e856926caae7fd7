package org.ldnworkbench.ui.tests.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.core.pipeline.Integrator;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.ui.internal.preferences.ResultsPreferencePage;
import org.ldnworkbench.ui.internal.preferences.SimulationPreferencePage;
import org.ldnworkbench.ui.internal.preferences.WorkbenchPreferencePage;
import org.ldnworkbench.ui.internal.preferences.WorkbenchPreferences;
import org.ldnworkbench.ui.internal.wizards.PipelineTemplate;
import org.ldnworkbench.ui.tests.support.Events;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.Screenshots;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Widgets;
import org.ldnworkbench.ui.tests.support.Workbenches;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Window &gt; Preferences &gt; LDN Workbench: a value typed into a page and confirmed with OK is what
 * {@link WorkbenchPreferences} returns and what a new empty pipeline starts with; a value the engine would refuse is
 * refused on the page, with a message naming the field, and OK stays disabled.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PreferencePagesTest {
    private PreferenceDialog dialog;

    @AfterEach
    void closeAndForget() throws BackingStoreException {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        WorkbenchPreferences.node().clear();
        WorkbenchPreferences.node().flush();
    }

    private PreferencePage open(String pageId) {
        dialog = PreferencesUtil.createPreferenceDialogOn(Workbenches.window().getShell(), pageId, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiWait.processEvents();
        return (PreferencePage) dialog.getSelectedPage();
    }

    private Text field(String label) {
        return (Text) Widgets.besideLabel(dialog.getShell(), label);
    }

    /** Types as a user would: the text, then the key release the field checks on. */
    private static void type(Text text, String value) {
        text.setText(value);
        Events.notify(text, SWT.KeyUp);
        UiWait.processEvents();
    }

    private Button ok() {
        return Widgets.find(dialog.getShell(), Button.class, Widgets.withText("Apply and Close"), "the OK button");
    }

    @Test
    void theLdnWorkbenchPageListsItsSubPages() {
        open(WorkbenchPreferencePage.ID);
        var tree = dialog.getTreeViewer();
        tree.expandAll();
        for (String page : new String[] {"LDN Workbench", "Simulation", "Results", "Charts", "Live"}) {
            Widgets.treeItem(tree.getTree(), page);
        }
    }

    @Test
    void aToleranceSetOnThePageIsWhatThePreferencesAndANewPipelineGet() throws Exception {
        PreferencePage page = open(SimulationPreferencePage.ID);
        assertEquals("1e-8", field("Relative tolerance:").getText(), "the default is not shown");
        type(field("Relative tolerance:"), "1e-9");
        type(field("Output step (h):"), "0.5");
        assertTrue(page.isValid(), page.getErrorMessage());
        Screenshots.save(dialog.getShell(), "preferences-simulation");
        Events.select(ok());
        UiWait.until("the preference dialog to close on OK", () -> dialog.getShell() == null);

        assertEquals(1e-9, WorkbenchPreferences.rtol());
        assertEquals(0.5, WorkbenchPreferences.outputStep());
        assertEquals(WorkbenchPreferences.DEFAULT_ATOL, WorkbenchPreferences.atol());
        Pipeline created = PipelineFiles.read(new StringReader(
                PipelineTemplate.empty(WorkbenchPreferences.newPipelineSettings()).contents("mine")), "mine.ldnpipe");
        assertEquals("mine", created.name());
        assertEquals(1e-9, created.simulation().rtol());
        assertEquals(0.5, created.simulation().step());
        assertEquals(Integrator.DORMAND_PRINCE_853, created.simulation().integrator());
    }

    @Test
    void aToleranceTheEngineRefusesIsRefusedNamingTheField() {
        PreferencePage page = open(SimulationPreferencePage.ID);
        type(field("Relative tolerance:"), "0.5");
        Screenshots.save(dialog.getShell(), "preferences-refused-tolerance");
        assertFalse(page.isValid());
        assertEquals("Relative tolerance: the relative tolerance must be in [1.0E-13, 0.001], not 0.5",
                page.getErrorMessage());
        assertFalse(ok().isEnabled(), "OK is enabled with a refused tolerance");
        Label problem = Widgets.find(dialog.getShell(), Label.class,
                Widgets.withData("org.ldnworkbench.ui.preferences.problem", Boolean.TRUE), "the page's problem line");
        assertEquals(page.getErrorMessage(), problem.getText(), "the page does not show the whole message");

        type(field("Relative tolerance:"), "tight");
        assertTrue(page.getErrorMessage().startsWith("Relative tolerance: 'tight' is not a number"),
                page.getErrorMessage());
        type(field("Relative tolerance:"), "1e-6");
        assertTrue(page.isValid(), page.getErrorMessage());
        assertNull(page.getErrorMessage());
        assertEquals("", problem.getText(), "a corrected value leaves its problem shown");
        type(field("Output step (h):"), "0.9");
        assertTrue(page.getErrorMessage().startsWith("Output step (h): the output step 0.9 h does not divide"),
                page.getErrorMessage());
    }

    @Test
    void aResultsFolderOutsideTheProjectIsRefused() {
        PreferencePage page = open(ResultsPreferencePage.ID);
        type(field("Results folder:"), "../elsewhere");
        assertTrue(page.getErrorMessage().startsWith("Results folder: '../elsewhere' leaves the project"),
                page.getErrorMessage());
        type(field("Results folder:"), "/tmp/runs");
        assertTrue(page.getErrorMessage().startsWith("Results folder: '/tmp/runs' is an absolute path"),
                page.getErrorMessage());
        type(field("Results folder:"), "analysis/runs");
        assertTrue(page.isValid(), page.getErrorMessage());
        Events.select(ok());
        UiWait.until("the preference dialog to close on OK", () -> dialog.getShell() == null);
        assertEquals("analysis/runs", WorkbenchPreferences.resultsFolder());
    }
}
