package org.ldnworkbench.ui.tests.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.charts.ui.ChartCanvas;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.scan.ScanIds;
import org.ldnworkbench.ui.internal.scan.ScanJob;
import org.ldnworkbench.ui.internal.scan.ScanView;
import org.ldnworkbench.ui.tests.support.Dialogs;
import org.ldnworkbench.ui.tests.support.Events;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Widgets;
import org.ldnworkbench.ui.tests.support.Workbenches;
import org.osgi.framework.FrameworkUtil;

/**
 * Run &gt; Dose Scan... on the shipped LDN-vs-standard pipeline, as a user does it: the wizard's fields are filled
 * through its widgets (dose 0.5 to 100 mg, 4 log-spaced values, the two 22:00 scenarios: PET-calibrated and
 * rapid-equilibrium receptor), Finish is pressed, the scan's jobs are joined; the Dose Scan view then shows one line
 * per scenario with 4 points each on a log dose axis, and the results folder holds scan.csv with a row per run. An
 * invalid range is refused in the wizard with the field named and Finish disabled.
 */
@ExtendWith(ScreenshotOnFailure.class)
class DoseScanTest {
    private static final String PROJECT = "dose-scan";
    private static final String KEY = ScanIds.WIDGET_KEY;
    private static final Duration DIALOG = Duration.ofSeconds(20);

    @AfterEach
    void cleanUp() {
        Workbenches.closeAllEditors();
        IViewPart view = Workbenches.page().findView(ScanIds.VIEW);
        if (view != null) {
            Workbenches.page().hideView(view);
        }
        Workbenches.deleteProject(PROJECT);
    }

    @Test
    void aLogDoseScanUnderBothReceptorHypothesesPlotsOneLinePerScenario() throws IOException {
        IProject project = Workbenches.project(PROJECT);
        IFile file = Workbenches.file(project, "trial.ldnpipe", template("ldn-vs-standard.ldnpipe"));
        Workbenches.open(file, UiIds.PIPELINE_EDITOR);
        List<String> seen = new ArrayList<>();
        Dialogs.Answer finish = Dialogs.answerNext("Finish", shell -> {
            seen.add(field(shell, Combo.class, ScanIds.PARAMETER).getText());
            fillRange(shell, "0.5", "100", "4", true);
            keepScenarios(shell, "ldn-pet", "ldn-rapid");
            seen.add(currentError(shell));
        }, DIALOG);
        Workbenches.execute(UiIds.DOSE_SCAN_COMMAND);
        finish.assertAnswered();
        assertEquals("dosing.amount", seen.get(0), "the wizard did not offer the dosing node's dose first");
        assertEquals(null, seen.get(1), "the wizard refused the scan's fields");

        UiWait.until("the scan's jobs to finish", () -> Job.getJobManager().find(ScanJob.FAMILY).length == 0,
                Duration.ofSeconds(120));
        ScanView view = UiWait.forValue("the Dose Scan view to show the scan", () -> {
            IViewPart part = Workbenches.page().findView(ScanIds.VIEW);
            return part instanceof ScanView v && v.shown() != null ? v : null;
        }, DIALOG);

        ChartCanvas rebound = (ChartCanvas) Widgets.find(view.canvases().get(0).getParent(), Canvas.class,
                c -> "rebound.reboundHours".equals(c.getData(ScanIds.CHART)), "the chart of the rebound window");
        JFreeChart chart = rebound.getChart();
        XYPlot plot = chart.getXYPlot();
        assertInstanceOf(LogAxis.class, plot.getDomainAxis(), "log-spaced doses are not on a log axis");
        assertEquals("Rebound window (S > 1.05) [h/day]", plot.getRangeAxis().getLabel());
        assertTrue(plot.getDomainAxis().getLabel().endsWith("(dosing.amount) [mg]"), plot.getDomainAxis().getLabel());
        XYDataset data = plot.getDataset();
        assertEquals(2, data.getSeriesCount(), "one line per scenario");
        List<String> names = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            names.add(data.getSeriesKey(s).toString());
            assertEquals(4, data.getItemCount(s), "points of " + data.getSeriesKey(s));
            assertEquals(0.5, data.getXValue(s, 0));
            assertEquals(100.0, data.getXValue(s, 3));
        }
        assertEquals(List.of("LDN 4.5 mg 22:00 (PET); dosing.amount scanned",
                "LDN 4.5 mg 22:00 (rapid-eq.); dosing.amount scanned"), names, "the legend names the scenarios and "
                + "that the scan replaced their dose");

        Path folder = view.shown().folder();
        assertNotNull(folder, "the scan kept no results folder");
        List<String> csv = Files.readAllLines(folder.resolve("scan.csv"), StandardCharsets.UTF_8);
        assertEquals(1 + 4 * 2, csv.size(), "scan.csv: a header and a row per run\n" + String.join("\n", csv));
        assertTrue(csv.get(0).startsWith("dosing.amount,scenario,"), csv.get(0));
        assertTrue(csv.get(0).contains(",rebound.reboundHours"), csv.get(0));
        assertTrue(csv.get(1).startsWith("0.5,LDN 4.5 mg 22:00 (PET),"), csv.get(1));
        IFolder shown = project.getFolder("results/trial/" + folder.getFileName());
        assertTrue(shown.getFile("scan.csv").exists(), "the workspace does not show " + shown.getFullPath()
                + "/scan.csv (not refreshed)");
        assertTrue(folder.getFileName().toString().matches("scan-\\d{4}-\\d\\d-\\d\\d_\\d\\d-\\d\\d-\\d\\d"),
                folder.getFileName().toString());
        assertTrue(Files.exists(folder.resolve("plots/scan-rebound.reboundHours.png")));
    }

    @Test
    void anInvalidRangeIsRefusedNamingTheField() {
        IFile file = Workbenches.file(Workbenches.project(PROJECT), "trial.ldnpipe", template("dose-scan.ldnpipe"));
        Workbenches.open(file, UiIds.PIPELINE_EDITOR);
        List<String> errors = new ArrayList<>();
        List<Boolean> finishEnabled = new ArrayList<>();
        Dialogs.Answer cancel = Dialogs.answerNext("Cancel", shell -> {
            fillRange(shell, "0", "100", "12", true);
            errors.add(currentError(shell));
            finishEnabled.add(Widgets.find(shell, Button.class, Widgets.withText("Finish"), "Finish").isEnabled());
            fillRange(shell, "0.5", "2000", "12", true);
            errors.add(currentError(shell));
            fillRange(shell, "0.5", "100", "1", false);
            errors.add(currentError(shell));
            fillRange(shell, "0.5", "100", "12", true);
            errors.add(currentError(shell));
        }, DIALOG);
        Workbenches.execute(UiIds.DOSE_SCAN_COMMAND);
        cancel.assertAnswered();
        assertEquals(List.of("From: a log range needs values above 0, got 0",
                "To: 2000 mg is outside the range of amount, [0, 1000] mg",
                "Points: must be a whole number from 2 to 10000, got '1'"), errors.subList(0, 3));
        assertFalse(finishEnabled.get(0), "Finish is enabled for a refused range");
        assertEquals(null, errors.get(3), "a valid range is still refused");
        assertEquals(0, Job.getJobManager().find(ScanJob.FAMILY).length, "a cancelled wizard started a scan");
    }

    private static <T extends org.eclipse.swt.widgets.Widget> T field(Shell shell, Class<T> type, String id) {
        return Widgets.find(shell, type, Widgets.withData(KEY, id), id);
    }

    /** Types the range into the wizard's first page, as a user does, and chooses the spacing. */
    private static void fillRange(Shell shell, String from, String to, String points, boolean log) {
        Button logButton = field(shell, Button.class, ScanIds.LOG);
        Button linearButton = field(shell, Button.class, ScanIds.LINEAR);
        logButton.setSelection(log);
        linearButton.setSelection(!log);
        Events.notify(log ? logButton : linearButton, SWT.Selection);
        field(shell, Text.class, ScanIds.FROM).setText(from);
        field(shell, Text.class, ScanIds.TO).setText(to);
        field(shell, Text.class, ScanIds.POINTS).setText(points);
    }

    /** Unchecks every scenario but those named, as clicks on their check boxes do. */
    private static void keepScenarios(Shell shell, String... ids) {
        Table table = field(shell, Table.class, ScanIds.SCENARIOS);
        for (TableItem item : table.getItems()) {
            boolean keep = List.of(ids).contains(((Scenario) item.getData()).id());
            if (item.getChecked() != keep) {
                item.setChecked(keep);
                Event click = new Event();
                click.item = item;
                click.detail = SWT.CHECK;
                Events.notify(table, SWT.Selection, click);
            }
        }
    }

    private static String currentError(Shell shell) {
        return ((WizardDialog) shell.getData()).getCurrentPage().getErrorMessage();
    }

    private static String template(String name) {
        URL entry = FrameworkUtil.getBundle(UiIds.class).getEntry("templates/" + name);
        assertNotNull(entry, "org.ldnworkbench.ui has no templates/" + name);
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("Could not read templates/" + name + ": " + e, e);
        }
    }
}
