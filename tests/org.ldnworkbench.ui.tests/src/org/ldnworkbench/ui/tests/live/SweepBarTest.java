package org.ldnworkbench.ui.tests.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.internal.results.live.LiveRerun;
import org.ldnworkbench.ui.internal.results.live.SweepBar;
import org.ldnworkbench.ui.internal.results.live.SweepScale;
import org.ldnworkbench.ui.internal.runs.RunData;
import org.ldnworkbench.ui.internal.runs.ShownRuns;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.Screenshots;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * The sweep bar on the default example: it offers the dose first, dragging re-simulates every scenario at the
 * slider's value without changing the pipeline, Apply writes the value as one undoable edit, Reset returns to the
 * pipeline's values.
 */
@ExtendWith(ScreenshotOnFailure.class)
class SweepBarTest {
    private static final String PROJECT = "sweep-bar";
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(30);

    private final ShownRuns shown = new ShownRuns();
    private LiveRerun live;
    private PipelineDocument document;
    private Shell shell;
    private SweepBar bar;

    @BeforeEach
    void openExample() {
        IFile file = Workbenches.file(Workbenches.project(PROJECT), "example.ldnpipe", LiveRerunTest.example());
        PipelineEditor editor = assertInstanceOf(PipelineEditor.class, Workbenches.open(file, UiIds.PIPELINE_EDITOR),
                "the pipeline editor did not open on the example");
        document = editor.getAdapter(PipelineDocument.class);
        assertNotNull(document, "the editor gives no PipelineDocument");
        live = new LiveRerun(shown);
        live.follow(editor);
        shell = new Shell(UiWait.display());
        shell.setLayout(new FillLayout());
        bar = new SweepBar(shell, live);
        shell.setSize(900, 60);
        shell.open();
    }

    @AfterEach
    void cleanUp() {
        if (shell != null) {
            shell.dispose();
        }
        if (live != null) {
            live.dispose();
        }
        Workbenches.closeAllEditors();
        Workbenches.deleteProject(PROJECT);
    }

    @Test
    void theDoseIsOfferedFirstWithThePipelinesValue() {
        assertEquals("dosing.amount", bar.chosenKey(), "the sweep bar does not offer the dose first");
        assertEquals(4.5, bar.shownValue(), "the sweep bar does not start at the pipeline's 4.5 mg");
    }

    @Test
    void draggingReSimulatesEveryScenarioAtTheSlidersValueWithoutChangingThePipeline() {
        String text = document.text();
        RunData swept = runAfter(() -> bar.slideTo(SweepScale.STEPS / 2));
        Screenshots.save(shell, "sweep-bar-dragged");
        double dose = bar.shownValue();
        assertTrue(dose > 4.5 && dose < 50, "the middle of [0, 1000] mg on a log scale is " + dose + " mg");
        // the two scenarios still dose at different clock times (22:00, 08:00): the peaks agree, not the samples
        assertEquals(peak(swept, "ldn-pet"), peak(swept, "std-pet"), 1e-6,
                "LDN and standard differ although the sweep gives every scenario the same dose");
        assertEquals(text, document.text(), "dragging the slider changed the pipeline");
        assertFalse(document.isDirty(), "dragging the slider made the editor dirty");
    }

    @Test
    void applyWritesTheValueAsOneUndoableEditAndResetReturnsToThePipelinesValue() throws ExecutionException {
        runAfter(() -> bar.slideTo(SweepScale.STEPS / 2));
        double dose = bar.shownValue();
        runAfter(bar::apply);
        assertEquals(dose, document.pipeline().node("dosing").parameters().get("amount"));
        for (Scenario s : document.pipeline().scenarios()) {
            assertEquals(dose, s.parameters().get("dosing.amount"), "scenario " + s.id() + " keeps its own dose");
        }
        assertEquals(dose, bar.shownValue(), "after Apply the bar does not show the pipeline's new value");
        document.history().undo(document.undoContext(), null, null);
        assertFalse(document.isDirty(), "one undo does not take the applied sweep back");
        UiWait.until("the bar to show the pipeline's 4.5 mg again", () -> bar.shownValue() == 4.5);

        runAfter(() -> bar.slideTo(SweepScale.STEPS / 4));
        RunData reset = runAfter(bar::reset);
        assertEquals(4.5, bar.shownValue(), "Reset does not return to the pipeline's value");
        assertTrue(peak(reset, "std-pet") > peak(reset, "ldn-pet") + 0.05,
                "after Reset the standard dose does not exceed LDN: the sweep's dose is still applied");
        assertFalse(document.isDirty(), "Reset changed the pipeline");
    }

    private RunData runAfter(Runnable action) {
        List<RunData> before = shown.runs();
        action.run();
        return UiWait.forValue("a new live run to be shown", () -> {
            List<RunData> now = shown.runs();
            return now.size() == 1 && !now.equals(before) && shown.faded() == null ? now.get(0) : null;
        }, RUN_TIMEOUT);
    }

    private static double peak(RunData run, String scenario) {
        int column = run.outputIndex("receptor.occupancy");
        return run.scenarios().stream().filter(s -> s.id().equals(scenario)).findFirst()
                .map(s -> Arrays.stream(s.columns()[column]).max().orElseThrow())
                .orElseThrow(() -> new AssertionError("the run has no scenario " + scenario));
    }
}
