package org.ldnworkbench.ui.internal.markers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.editor.Messages;
import org.ldnworkbench.ui.internal.editor.source.SourceError;

/**
 * The Problems view's side of an editor's checks: one {@link UiIds#PROBLEM_MARKER} per problem on the pipeline's
 * workspace file, replacing those of the previous check. Markers carry the node ({@link UiIds#MARKER_NODE}) and field
 * ({@link UiIds#MARKER_FIELD}) so that a double-click selects the node; a Source page error carries its line and
 * characters instead. Files outside the workspace have no markers (the editor's pages still show the problems).
 * <p>
 * Markers change in a workspace job on the file's marker rule, so that a running build never blocks the UI thread.
 */
public final class ProblemMarkers {
    private ProblemMarkers() {
    }

    /**
     * Replaces the file's problem markers with the engine's problems.
     *
     * @param file the pipeline's file
     * @param problems the newest check's problems
     */
    public static void show(IFile file, List<Problem> problems) {
        replace(file, problems.stream().map(ProblemMarkers::attributesOf).toList());
    }

    /**
     * Replaces the file's problem markers with the Source page's error.
     *
     * @param file the pipeline's file
     * @param error why the text is not a pipeline
     */
    public static void show(IFile file, SourceError error) {
        replace(file, List.of(attributesOf(error)));
    }

    /**
     * Removes the file's problem markers (the editor closed: unsaved changes' problems no longer apply).
     *
     * @param file the pipeline's file
     */
    public static void clear(IFile file) {
        replace(file, List.of());
    }

    /**
     * @param problem an engine problem
     * @return the attributes of its marker
     */
    public static Map<String, Object> attributesOf(Problem problem) {
        Map<String, Object> a = new HashMap<>();
        a.put(IMarker.MESSAGE, problem.field().isEmpty() ? problem.message()
                : problem.field() + ": " + problem.message());
        a.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
        a.put(IMarker.LOCATION, problem.node().isEmpty() ? Messages.Marker_pipeline
                : NLS.bind(Messages.Marker_node, problem.node()));
        a.put(UiIds.MARKER_NODE, problem.node());
        a.put(UiIds.MARKER_FIELD, problem.field());
        return a;
    }

    /**
     * @param error a Source page error
     * @return the attributes of its marker
     */
    public static Map<String, Object> attributesOf(SourceError error) {
        Map<String, Object> a = new HashMap<>();
        a.put(IMarker.MESSAGE, error.message());
        a.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
        a.put(IMarker.LOCATION, NLS.bind(Messages.Marker_line, error.line()));
        a.put(IMarker.LINE_NUMBER, error.line());
        a.put(IMarker.CHAR_START, error.offset());
        a.put(IMarker.CHAR_END, error.offset() + error.length());
        a.put(UiIds.MARKER_NODE, "");
        a.put(UiIds.MARKER_FIELD, "");
        return a;
    }

    /**
     * @param error why a saved pipeline file cannot be read (its message names the file)
     * @return the attributes of its marker
     */
    public static Map<String, Object> attributesOf(java.io.IOException error) {
        Map<String, Object> a = new HashMap<>();
        a.put(IMarker.MESSAGE, error.getMessage());
        a.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
        a.put(IMarker.LOCATION, Messages.Marker_pipeline);
        a.put(UiIds.MARKER_NODE, "");
        a.put(UiIds.MARKER_FIELD, "");
        return a;
    }

    private static void replace(IFile file, List<Map<String, Object>> markers) {
        WorkspaceJob job = new WorkspaceJob(NLS.bind(Messages.Marker_job, file.getFullPath())) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                if (!file.exists()) {
                    return Status.OK_STATUS;
                }
                file.deleteMarkers(UiIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
                for (Map<String, Object> attributes : markers) {
                    file.createMarker(UiIds.PROBLEM_MARKER, attributes);
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(file.getWorkspace().getRuleFactory().markerRule(file));
        job.setSystem(true);
        job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                if (event.getResult().getSeverity() == IStatus.ERROR) {
                    ILog.of(ProblemMarkers.class).error(NLS.bind(Messages.Marker_failed, file.getFullPath()),
                            event.getResult().getException());
                }
            }
        });
        job.schedule();
    }
}
