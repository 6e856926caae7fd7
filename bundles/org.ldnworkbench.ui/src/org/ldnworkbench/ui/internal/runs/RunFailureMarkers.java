package org.ldnworkbench.ui.internal.runs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.ui.internal.UiIds;

/**
 * The Problems view's side of a failed run: one {@link #TYPE} marker per failed scenario on the pipeline file,
 * naming the scenario, node, time and what happened, replacing those of the file's previous run. A marker type of
 * its own, so that the editor's checks (which replace the file's problem markers as the pipeline changes) leave the
 * run's failures alone until the next run.
 */
final class RunFailureMarkers {
    /** The marker type (plugin.xml, area runs). */
    static final String TYPE = "org.ldnworkbench.ui.runFailure";
    /** The failed scenario's id. */
    static final String SCENARIO = "scenario";

    private RunFailureMarkers() {
    }

    /** Replaces the file's run failure markers; called in the run's job. */
    static void replace(IFile file, List<PipelineRun.ScenarioFailure> failures) {
        if (file == null || !file.exists()) {
            return;
        }
        try {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            for (PipelineRun.ScenarioFailure f : failures) {
                file.createMarker(TYPE, attributesOf(f));
            }
        } catch (CoreException e) {
            ILog.of(RunFailureMarkers.class).warn(NLS.bind(Messages.Run_markerFailed, file.getFullPath(),
                    e.getMessage()));
        }
    }

    static Map<String, Object> attributesOf(PipelineRun.ScenarioFailure f) {
        Map<String, Object> a = new HashMap<>();
        a.put(IMarker.MESSAGE, NLS.bind(Messages.Run_markerMessage, new Object[] { f.scenarioId(),
                RunReportTexts.time(f.time()), f.message() }));
        a.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
        a.put(IMarker.LOCATION, f.node().isEmpty() ? Messages.Run_markerLocation
                : NLS.bind(Messages.Run_markerLocationNode, f.node()));
        a.put(UiIds.MARKER_NODE, f.node());
        a.put(SCENARIO, f.scenarioId());
        return a;
    }
}
