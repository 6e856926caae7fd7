package org.ldnworkbench.ui.tests.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.CommonViewer;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.ui.internal.editor.PipelineEditor;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.internal.runs.PipelineRun;
import org.ldnworkbench.ui.internal.runs.RunData;
import org.ldnworkbench.ui.internal.runs.RunEntry;
import org.ldnworkbench.ui.internal.runs.RunFolders;
import org.ldnworkbench.ui.internal.runs.ScenarioData;
import org.ldnworkbench.ui.internal.runs.ShownRuns;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.Screenshots;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * The default example run from the window: Run on the open editor (with an unsaved change) simulates every scenario,
 * keeps the run in a folder of the project with the command line's files and the pipeline as run, shows it, and
 * lists it under the pipeline in the Project Explorer, from where it opens again.
 */
@ExtendWith(ScreenshotOnFailure.class)
class RunFromWindowTest {
    private static final String PROJECT = "runs-from-window";

    @AfterEach
    void cleanUp() {
        Workbenches.closeAllEditors();
        Workbenches.deleteProject(PROJECT);
    }

    @Test
    void theDefaultExampleRunsIntoAFolderOfTheProjectWithBothRegimensAndIsListedUnderThePipeline() throws Exception {
        IProject project = Workbenches.project(PROJECT);
        IFile file = Workbenches.file(project, RunsUi.EXAMPLE, RunsUi.example());
        PipelineEditor editor = RunsUi.open(file);
        PipelineDocument document = editor.getAdapter(PipelineDocument.class);
        document.edit("amount", p -> p.node("dosing").parameters().put("amount", 3.0)); // unsaved

        PipelineRun run = RunsUi.run();
        RunsUi.awaitEnd(run, Duration.ofSeconds(120));

        assertEquals(IStatus.OK, run.getResult().getSeverity(), run.getResult().toString());
        PipelineRun.Outcome outcome = run.outcome();
        Path folder = outcome.folder();
        assertNotNull(folder, "no run folder: " + outcome.writeError());
        assertEquals(project.getLocation().toPath().resolve("results").resolve("ldn-vs-standard"), folder.getParent());
        assertTrue(folder.getFileName().toString().matches("\\d{4}-\\d\\d-\\d\\d_\\d\\d-\\d\\d-\\d\\d"), folder.toString());
        for (String id : List.of("ldn-pet", "std-pet", "ldn-rapid", "std-rapid")) {
            assertTrue(Files.isRegularFile(folder.resolve(id + "/timeseries.csv")), id);
        }
        assertTrue(Files.isRegularFile(folder.resolve("summary.json")));
        assertTrue(Files.isRegularFile(folder.resolve("versions.json")));
        assertTrue(Files.isRegularFile(folder.resolve("plots/receptor.occupancy.png")));
        assertTrue(Files.readString(folder.resolve("pipeline.ldnpipe")).contains("\"amount\": 3"),
                "the pipeline as run, with the unsaved amount");
        assertTrue(Workbenches.text(file).contains("\"amount\": 4.5"), "the file was not saved by the run");
        assertTrue(editor.isDirty(), "the run leaves the editor's changes unsaved");
        assertTrue(project.getFolder("results/ldn-vs-standard/" + folder.getFileName()).exists(),
                "the workspace was refreshed");

        List<RunData> shown = ShownRuns.getDefault().runs();
        assertEquals(List.of(outcome.run()), shown);
        RunData data = shown.get(0);
        assertEquals(folder, data.folder());
        assertTrue(data.complete());
        List<String> ids = data.scenarios().stream().map(ScenarioData::id).toList();
        assertEquals(List.of("ldn-pet", "std-pet", "ldn-rapid", "std-rapid"), ids);
        assertTrue(ids.stream().anyMatch(id -> id.startsWith("ldn-")) && ids.stream().anyMatch(id -> id.startsWith("std-")));
        assertEquals(1344, data.scenarios().get(1).time()[data.scenarios().get(1).time().length - 1], 1e-9);

        // listed under the pipeline in the Project Explorer, and opened from there
        CommonNavigator explorer = (CommonNavigator) Workbenches.page()
                .showView("org.eclipse.ui.navigator.ProjectExplorer");
        CommonViewer viewer = explorer.getCommonViewer();
        Object[] children = ((ITreeContentProvider) viewer.getContentProvider()).getChildren(file);
        List<RunEntry> runs = Arrays.stream(children).filter(RunEntry.class::isInstance).map(RunEntry.class::cast)
                .toList();
        assertEquals(1, runs.size(), Arrays.toString(children));
        String label = ((ILabelProvider) viewer.getLabelProvider()).getText(runs.get(0));
        assertTrue(label.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \u00b7 4 scenarios"), label);
        assertEquals(folder, runs.get(0).folder().getLocation().toPath());

        ShownRuns.getDefault().showAll(List.of());
        viewer.expandToLevel(file, 1);
        viewer.setSelection(new StructuredSelection(runs.get(0)), true);
        UiWait.processEvents();
        Screenshots.save(viewer.getControl().getShell(), "runs-explorer");
        IAction open = explorer.getViewSite().getActionBars().getGlobalActionHandler(ICommonActionConstants.OPEN);
        assertNotNull(open, "no Open for a run in the Project Explorer");
        IAction delete = explorer.getViewSite().getActionBars().getGlobalActionHandler(
                org.eclipse.ui.actions.ActionFactory.DELETE.getId());
        assertNotNull(delete, "no Delete for a run in the Project Explorer");
        assertTrue(delete.isEnabled(), "Delete is not enabled on a run");
        open.run();
        RunData reopened = UiWait.forValue("the reopened run in the Results view", () -> ShownRuns.getDefault()
                .runs().stream().filter(r -> folder.equals(r.folder())).findFirst().orElse(null),
                Duration.ofSeconds(30));
        assertEquals(data.label(), reopened.label());
        assertEquals(data.outputs(), reopened.outputs());
        assertFalse(reopened.scenarios().isEmpty());
        assertEquals(RunFolders.read(folder).metrics(), reopened.metrics());

        // Add to Comparison draws it over what is shown; Re-run runs its pipeline as it was into a folder of its own
        RunData other = RunFolders.read(folder);
        ShownRuns.getDefault().show(new RunData("other", other.pipelineName(), null, other.started(),
                other.outputs(), other.metrics(), other.scenarios()));
        Workbenches.execute("org.ldnworkbench.ui.commands.addRunToComparison");
        UiWait.until("the run added to the comparison", () -> ShownRuns.getDefault().runs().size() == 2,
                Duration.ofSeconds(30));
        assertEquals(folder, ShownRuns.getDefault().runs().get(1).folder());

        document.edit("amount", p -> p.node("dosing").parameters().put("amount", 7.0)); // not what was run
        PipelineRun again = (PipelineRun) Workbenches.execute("org.ldnworkbench.ui.commands.rerun");
        assertNotNull(again, "Re-run started no run");
        RunsUi.awaitEnd(again, Duration.ofSeconds(120));
        Path second = again.outcome().folder();
        assertNotNull(second);
        assertEquals(folder.getParent(), second.getParent());
        assertFalse(second.equals(folder));
        assertEquals(Files.readString(folder.resolve("pipeline.ldnpipe")),
                Files.readString(second.resolve("pipeline.ldnpipe")));
        assertEquals(List.of(again.outcome().run()), ShownRuns.getDefault().runs());
        Object[] both = ((ITreeContentProvider) viewer.getContentProvider()).getChildren(file);
        assertEquals(List.of(second, folder), Arrays.stream(both).filter(RunEntry.class::isInstance)
                .map(e -> ((RunEntry) e).folder().getLocation().toPath()).toList(), "newest first");
    }
}
