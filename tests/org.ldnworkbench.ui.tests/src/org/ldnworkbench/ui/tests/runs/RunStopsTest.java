package org.ldnworkbench.ui.tests.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.runs.PipelineRun;
import org.ldnworkbench.ui.internal.runs.RunData;
import org.ldnworkbench.ui.internal.runs.RunFolders;
import org.ldnworkbench.ui.internal.runs.ScenarioData;
import org.ldnworkbench.ui.tests.support.Dialogs;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.Screenshots;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Widgets;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * Runs that do not end normally: a long run cancelled stops within a second and is kept as partial; a mechanism
 * that fails part-way gets a dialog naming scenario, node and time and a marker on the file; a pipeline with problems
 * is not run at all.
 */
@ExtendWith(ScreenshotOnFailure.class)
class RunStopsTest {
    private static final String PROJECT = "run-stops";
    /**
     * Days of the long run: a 1,120-day run of the example simulates in about a second on this machine, too soon to
     * be cancelled reliably; 20,000 days (one dose a day) take several seconds per scenario.
     */
    private static final int DAYS = 20_000;

    @AfterEach
    void cleanUp() {
        Workbenches.closeAllEditors();
        Workbenches.deleteProject(PROJECT);
    }

    /** @return the scenario jobs of runs still there (every job of the family but the runs themselves) */
    private static List<Job> scenarioJobs() {
        return Arrays.stream(Job.getJobManager().find(PipelineRun.FAMILY)).filter(j -> !(j instanceof PipelineRun))
                .toList();
    }

    @Test
    void aLongRunCancelledStopsWithinASecondAndIsKeptAsPartial() throws Exception {
        IProject project = Workbenches.project(PROJECT);
        IFile file = Workbenches.file(project, "long.ldnpipe", RunsUi.exampleFor(DAYS, 2));
        RunsUi.open(file);

        PipelineRun run = RunsUi.run();
        UiWait.until("the scenarios to simulate", () -> scenarioJobs().stream()
                .anyMatch(j -> j.getState() == Job.RUNNING), Duration.ofSeconds(30));
        UiWait.pause(Duration.ofMillis(300));
        assertFalse(scenarioJobs().isEmpty(), "the long scenarios ended before they could be cancelled");
        long cancelled = System.nanoTime();
        run.cancel();
        UiWait.until("the scenarios to stop", () -> scenarioJobs().isEmpty(), Duration.ofSeconds(10));
        long stoppedMs = (System.nanoTime() - cancelled) / 1_000_000;
        RunsUi.awaitEnd(run, Duration.ofSeconds(60));

        assertTrue(stoppedMs < 1000, "the scenarios stopped " + stoppedMs + " ms after Cancel");
        assertEquals(IStatus.CANCEL, run.getResult().getSeverity());
        Path folder = run.outcome().folder();
        assertNotNull(folder, "the partial run was not kept: " + run.outcome().writeError());
        RunData kept = RunFolders.read(folder);
        assertFalse(kept.complete());
        assertEquals(4, kept.scenarios().size());
        for (ScenarioData s : kept.scenarios()) {
            assertEquals(Simulator.CANCELLED, s.failure(), s.id());
            assertTrue(s.failureTime() < DAYS * 24.0, s.id() + " stopped at " + s.failureTime());
        }
    }

    @Test
    void aRunThatFailsPartWayNamesScenarioNodeAndTimeAndIsKeptAsPartial() throws Exception {
        IProject project = Workbenches.project(PROJECT);
        IFile file = Workbenches.file(project, "fails.ldnpipe", """
                {
                  "format": "ldn-pipeline/1",
                  "name": "Fails part-way",
                  "simulation": {"start": 0, "end": 72, "step": 0.5},
                  "nodes": [{"id": "bad", "mechanism": "test.runs.throwAt", "parameters": {"at": 30}}],
                  "scenarios": [{"id": "early", "name": "Early failure", "parameters": {"bad.at": 30}},
                                {"id": "never", "name": "No failure", "parameters": {"bad.at": 1000}}]
                }
                """);
        RunsUi.open(file);
        List<String> said = new ArrayList<>();
        Dialogs.Answer answer = Dialogs.answerNext("OK", shell -> {
            Widgets.all(shell, Label.class, l -> true).forEach(l -> said.add(l.getText()));
            Screenshots.save(shell, "run-failed");
        }, Duration.ofSeconds(60));

        PipelineRun run = RunsUi.run();
        RunsUi.awaitEnd(run, Duration.ofSeconds(60));
        UiWait.until("the failure's dialog", () -> answer.dialogTitle().isPresent(), Duration.ofSeconds(20));
        answer.assertAnswered();

        PipelineRun.ScenarioFailure failure = run.outcome().failures().get(0);
        assertEquals(1, run.outcome().failures().size());
        assertEquals("bad", failure.node());
        assertTrue(failure.time() >= 30 && failure.time() < 31, "failed at " + failure.time());
        assertEquals("Run Stopped Early", answer.dialogTitle().get());
        String text = String.join("\n", said);
        assertTrue(text.contains("Scenario 'early' (Early failure)"), text);
        assertTrue(text.contains("node: bad"), text);
        assertTrue(text.matches("(?s).*time: t = 30(\\.\\d+)? h \\(day 2\\).*"), text);
        assertTrue(text.contains("the test mechanism's derivative fails"), text);
        assertTrue(text.contains("The run of fails.ldnpipe stopped early in a scenario."), text);
        assertTrue(text.contains("/" + PROJECT + "/results/fails/" + run.outcome().folder().getFileName()), text);

        IMarker[] markers = file.findMarkers("org.ldnworkbench.ui.runFailure", false, IResource.DEPTH_ZERO);
        assertEquals(1, markers.length);
        assertEquals("bad", markers[0].getAttribute(UiIds.MARKER_NODE, ""));
        assertTrue(markers[0].getAttribute(IMarker.MESSAGE, "").contains("'early'"));

        RunData kept = RunFolders.read(run.outcome().folder());
        assertFalse(kept.complete());
        assertEquals(failure.time(), kept.scenarios().get(0).failureTime());
        assertEquals("bad", kept.scenarios().get(0).failureNode());
        assertTrue(kept.scenarios().get(1).complete());
    }

    @Test
    void aPipelineWithProblemsIsNotRunAndItsProblemsAreListed() throws Exception {
        IProject project = Workbenches.project(PROJECT);
        IFile file = Workbenches.file(project, "broken.ldnpipe", RunsUi.example()
                .replace("{\"from\": \"pk.Cntx\", \"to\": \"receptor.Cntx\"},", "{\"from\": \"pk.Cntx\", \"to\": \"receptor.nowhere\"},"));
        RunsUi.open(file);
        List<String> said = new ArrayList<>();
        Dialogs.Answer answer = Dialogs.answerNext("OK", shell -> Widgets.all(shell, Label.class, l -> true)
                .forEach(l -> said.add(l.getText())), Duration.ofSeconds(60));

        PipelineRun run = RunsUi.run();
        RunsUi.awaitEnd(run, Duration.ofSeconds(60));
        UiWait.until("the problems' dialog", () -> answer.dialogTitle().isPresent(), Duration.ofSeconds(20));
        answer.assertAnswered();

        assertFalse(run.outcome().problems().isEmpty());
        assertNull(run.outcome().folder());
        assertFalse(Files.exists(project.getLocation().toPath().resolve("results")), "nothing was written");
        assertEquals("Cannot Run", answer.dialogTitle().get());
        String text = String.join("\n", said);
        assertTrue(text.contains("broken.ldnpipe was not run") && text.contains("nowhere"), text);
        UiWait.until("the problem markers", () -> problemMarkers(file) > 0, Duration.ofSeconds(10));
    }

    private static int problemMarkers(IFile file) {
        try {
            return file.findMarkers(UiIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO).length;
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new AssertionError(e);
        }
    }
}
