package org.ldnworkbench.ui.tests.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.internal.results.live.LiveRerun;
import org.ldnworkbench.ui.internal.runs.RunData;
import org.ldnworkbench.ui.internal.runs.ShownRuns;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Workbenches;
import org.osgi.framework.FrameworkUtil;

/**
 * The live re-run of the default example (4 scenarios, 56 days) open in the pipeline editor: an edit through the
 * document is re-simulated and shown; of two quick edits only the newest is shown and the older run is cancelled; an
 * edit that does not compile leaves the last good run shown, not faded, and does not touch the shown runs at all.
 * The runs go to a ShownRuns of the test's own, so that no Results view draws them.
 */
@ExtendWith(ScreenshotOnFailure.class)
class LiveRerunTest {
    private static final String PROJECT = "live-rerun";
    private static final String LDN_DOSE = "dosing.amount";
    private static final String OCCUPANCY = "receptor.occupancy";
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(30);

    private final ShownRuns shown = new ShownRuns();
    private final List<List<RunData>> changes = new ArrayList<>();
    private LiveRerun live;
    private PipelineDocument document;

    @BeforeEach
    void openExample() {
        IFile file = Workbenches.file(Workbenches.project(PROJECT), "example.ldnpipe", example());
        PipelineEditor editor = assertInstanceOf(PipelineEditor.class, Workbenches.open(file, UiIds.PIPELINE_EDITOR),
                "the pipeline editor did not open on the example");
        document = editor.getAdapter(PipelineDocument.class);
        assertNotNull(document, "the editor gives no PipelineDocument");
        live = new LiveRerun(shown);
        live.follow(editor);
        shown.addListener(changes::add);
    }

    @AfterEach
    void cleanUp() {
        if (live != null) {
            live.dispose();
        }
        Workbenches.closeAllEditors();
        Workbenches.deleteProject(PROJECT);
    }

    @Test
    void anEditIsReSimulatedAndAHigherDoseShowsAHigherPeakOccupancy() {
        RunData low = runAfter(() -> setLdnDose(2));
        RunData high = runAfter(() -> setLdnDose(9));
        assertEquals(LiveRerun.LABEL, high.label());
        assertEquals(4, high.scenarios().size(), "the example's 4 scenarios are not all in the live run");
        double lowPeak = peak(low, "ldn-pet");
        double highPeak = peak(high, "ldn-pet");
        assertTrue(highPeak > lowPeak + 0.05, "9 mg shows a peak occupancy of " + highPeak
                + ", not above the 2 mg run's " + lowPeak);
        assertEquals(expectedPeak("ldn-pet"), highPeak, 1e-12,
                "the shown run is not the simulation of the pipeline as edited");
    }

    @Test
    void ofTwoQuickEditsOnlyTheNewestIsShownAndTheOlderIsCancelled() {
        RunData previous = runAfter(this::makeRunsLong); // runs long enough that the first edit's is still running
        UiWait.forJobs(RUN_TIMEOUT); // its job has told it is done
        int staleBefore = live.staleRuns();
        changes.clear();
        List<IStatus> results = new CopyOnWriteArrayList<>();
        IJobChangeListener done = new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getJob().belongsTo(LiveRerun.JOB_FAMILY)) {
                    results.add(event.getResult());
                }
            }
        };
        Job.getJobManager().addJobChangeListener(done);
        try {
            setLdnDose(6);
            setLdnDose(12); // before the event loop runs again: the job of 6 mg is stale at once
            RunData newest = UiWait.forValue("the live run of 12 mg to be shown", () -> {
                List<RunData> now = shown.runs();
                return now.size() == 1 && now.get(0) != previous && shown.faded() == null ? now.get(0) : null;
            }, RUN_TIMEOUT);
            UiWait.forJobs(RUN_TIMEOUT);
            UiWait.pause(Duration.ofMillis(200)); // a stale run that were shown would be shown by now
            List<RunData> newRuns = changes.stream().flatMap(List::stream).filter(r -> r != previous).distinct()
                    .toList();
            assertEquals(List.of(newest), newRuns, "two quick edits showed other runs than the newest one");
            assertSame(newest, shown.runs().get(0), "the newest run was replaced");
            assertEquals(expectedPeak("ldn-pet"), peak(newest, "ldn-pet"), 1e-12,
                    "the shown run is not the newest edit's (12 mg)");
            assertEquals(List.of(IStatus.CANCEL, IStatus.OK), results.stream().map(IStatus::getSeverity).toList(),
                    "the live jobs of the two edits did not end cancelled, then done: " + results);
            assertEquals(staleBefore + 1, live.staleRuns(), "the run of the older edit (6 mg) is not counted stale");
        } finally {
            Job.getJobManager().removeJobChangeListener(done);
        }
    }

    @Test
    void whileALongRunIsComputedThePreviousRunIsShownFadedUntilTheNewOneArrives() {
        RunData previous = runAfter(this::makeRunsLong);
        List<RunData> fadedSeen = new ArrayList<>();
        shown.addListener(runs -> fadedSeen.add(shown.faded()));
        RunData next = runAfter(() -> setLdnDose(7));
        assertTrue(fadedSeen.contains(previous), "the previous run was never shown faded while the next was computed");
        assertSame(next, shown.runs().get(0));
        assertNull(shown.faded(), "the previous run is still faded after the new one arrived");
    }

    @Test
    void anEditThatDoesNotCompileKeepsTheLastGoodRunShownAndNotFaded() {
        RunData good = runAfter(() -> setLdnDose(4.5));
        changes.clear();
        IStatus status = document.edit("unknown preset", p -> p.scenarios().get(0).presets().put("receptor",
                "no-such-preset"));
        assertTrue(status.isOK(), "the document refused the edit: " + status);
        UiWait.forJobs(RUN_TIMEOUT);
        UiWait.pause(Duration.ofMillis(200));
        assertEquals(List.of(good), shown.runs(), "the last good run is no longer shown");
        assertNull(shown.faded(), "the last good run is faded although no new run is coming");
        assertEquals(List.of(), changes, "the shown runs changed (faded, replaced) for a pipeline that does not "
                + "compile");
    }

    /** Makes each run ten times the example's 56 days (560 doses, hourly samples): long enough to be seen. */
    private void makeRunsLong() {
        IStatus longer = document.edit("560 days", p -> {
            p.simulation().end(13440).step(1);
            p.node("dosing").parameter("count", 560);
        });
        assertTrue(longer.isOK(), "the document refused the edit: " + longer);
    }

    /** @return the run shown after {@code edit} has been re-simulated */
    private RunData runAfter(Runnable edit) {
        List<RunData> before = shown.runs();
        edit.run();
        return UiWait.forValue("a new live run to be shown", () -> {
            List<RunData> now = shown.runs();
            return now.size() == 1 && !now.equals(before) && shown.faded() == null ? now.get(0) : null;
        }, RUN_TIMEOUT);
    }

    /** Sets the LDN scenario's dose (the scenario's value is the one its runs use, not the node's). */
    private void setLdnDose(double mg) {
        IStatus status = document.edit("LDN dose", p -> p.scenarios().get(0).parameters().put(LDN_DOSE, mg));
        assertTrue(status.isOK(), "the document refused the edit: " + status);
    }

    private static double peak(RunData run, String scenario) {
        int column = run.outputIndex(OCCUPANCY);
        assertTrue(column >= 0, "the run has no " + OCCUPANCY);
        return run.scenarios().stream().filter(s -> s.id().equals(scenario)).findFirst()
                .map(s -> Arrays.stream(s.columns()[column]).max().orElseThrow())
                .orElseThrow(() -> new AssertionError("the run has no scenario " + scenario));
    }

    /** @return the peak occupancy of the scenario simulated here, headless, from the document's pipeline */
    private double expectedPeak(String scenario) {
        try {
            List<CompiledPipeline> runs = new PipelineCompiler(MechanismRegistry.getDefault())
                    .compileAll(document.pipeline(), "expected", List.of());
            CompiledPipeline run = runs.stream().filter(r -> r.scenarioId().equals(scenario)).findFirst()
                    .orElseThrow();
            return Arrays.stream(Simulator.run(run).column(OCCUPANCY)).max().orElseThrow();
        } catch (Exception e) {
            throw new AssertionError("the edited pipeline does not run headless: " + e, e);
        }
    }

    static String example() {
        URL entry = FrameworkUtil.getBundle(UiIds.class).getEntry("templates/ldn-vs-standard.ldnpipe");
        assertNotNull(entry, "org.ldnworkbench.ui has no templates/ldn-vs-standard.ldnpipe");
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("Could not read the example template: " + e, e);
        }
    }
}
