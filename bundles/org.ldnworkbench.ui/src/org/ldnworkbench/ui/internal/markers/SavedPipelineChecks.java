package org.ldnworkbench.ui.internal.markers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IStartup;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.editor.EditorInputs;
import org.ldnworkbench.ui.internal.editor.Messages;
import org.ldnworkbench.ui.internal.editor.source.SourceErrors;

/**
 * Problem markers for every pipeline file of the workspace, not only the open ones: the saved text of each
 * {@code *.ldnpipe} is checked by the engine at start-up (markers are not kept between sessions) and whenever a file
 * is added or changed on disk (a copy, a version-control update, a save). A file open in a pipeline editor is the
 * editor's: its markers describe the editor's content, including unsaved changes, so it is skipped here until the
 * editor closes ({@link #releasedByEditor}), when the saved text is checked again.
 */
public final class SavedPipelineChecks implements IStartup, IResourceChangeListener {
    private static final Set<IPath> OWNED_BY_EDITORS = ConcurrentHashMap.newKeySet();
    private static final SavedPipelineChecks INSTANCE = new SavedPipelineChecks();

    private final Set<IFile> pending = new LinkedHashSet<>();
    private final Job job = Job.create(Messages.Marker_savedJob, this::checkPending);

    /** For the platform's start-up extension; the checks are shared by the workbench. */
    public SavedPipelineChecks() {
    }

    /** Checks every pipeline of the workspace once, then follows the workspace's changes. */
    @Override
    public void earlyStartup() {
        INSTANCE.start(ResourcesPlugin.getWorkspace());
    }

    /**
     * The editor of {@code file} now shows its problems (including those of unsaved changes).
     *
     * @param file the edited workspace file
     */
    public static void ownedByEditor(IFile file) {
        OWNED_BY_EDITORS.add(file.getFullPath());
    }

    /**
     * The editor of {@code file} closed (or moved to another file): its markers described the editor's content, so
     * the saved text is checked again.
     *
     * @param file the formerly edited workspace file
     */
    public static void releasedByEditor(IFile file) {
        OWNED_BY_EDITORS.remove(file.getFullPath());
        INSTANCE.check(List.of(file));
    }

    private void start(IWorkspace workspace) {
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        workspace.addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
        List<IFile> all = new ArrayList<>();
        try {
            workspace.getRoot().accept(proxy -> {
                if (proxy.getType() == IResource.FILE && isPipeline(proxy.getName())) {
                    all.add((IFile) proxy.requestResource());
                }
                return true;
            }, IResource.NONE);
        } catch (CoreException e) {
            ILog.of(SavedPipelineChecks.class).error(Messages.Marker_savedScanFailed, e);
        }
        check(all);
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        List<IFile> changed = new ArrayList<>();
        try {
            event.getDelta().accept(delta -> {
                IResource r = delta.getResource();
                if (r.getType() == IResource.FILE && isPipeline(r.getName())
                        && (delta.getKind() == IResourceDelta.ADDED
                                || (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
                    changed.add((IFile) r);
                }
                return true;
            });
        } catch (CoreException e) {
            ILog.of(SavedPipelineChecks.class).error(Messages.Marker_savedScanFailed, e);
        }
        check(changed);
    }

    private void check(List<IFile> files) {
        if (files.isEmpty()) {
            return;
        }
        synchronized (pending) {
            pending.addAll(files);
        }
        job.schedule();
    }

    private IStatus checkPending(IProgressMonitor monitor) {
        List<IFile> files;
        synchronized (pending) {
            files = new ArrayList<>(pending);
            pending.clear();
        }
        SubMonitor progress = SubMonitor.convert(monitor, files.size());
        PipelineCompiler compiler = new PipelineCompiler(MechanismRegistry.getDefault());
        for (IFile file : files) {
            progress.checkCanceled();
            if (file.exists() && !OWNED_BY_EDITORS.contains(file.getFullPath()) && file.getLocation() != null) {
                replaceMarkers(file, problemsOf(file, compiler));
            }
            progress.worked(1);
        }
        return Status.OK_STATUS;
    }

    /**
     * @return the marker attributes of the saved file's problems: why it cannot be read, its text's format error (at
     *         its line, as the editor's Source page marks it), or the engine's problems
     */
    private static List<Map<String, Object>> problemsOf(IFile file, PipelineCompiler compiler) {
        Path path = file.getLocation().toPath();
        SourceErrors.Reading reading;
        try {
            reading = SourceErrors.read(EditorInputs.read(path), file.getName());
        } catch (IOException e) {
            return List.of(ProblemMarkers.attributesOf(e));
        }
        if (!reading.ok()) {
            return List.of(ProblemMarkers.attributesOf(reading.error()));
        }
        try {
            return compiler.validate(reading.pipeline()).stream().map(ProblemMarkers::attributesOf).toList();
        } catch (RuntimeException e) {
            ILog.of(SavedPipelineChecks.class).error(NLS.bind(Messages.Check_failed, file.getFullPath()), e);
            return List.of();
        }
    }

    private static void replaceMarkers(IFile file, List<Map<String, Object>> markers) {
        try {
            file.deleteMarkers(UiIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
            for (Map<String, Object> attributes : markers) {
                file.createMarker(UiIds.PROBLEM_MARKER, attributes);
            }
        } catch (CoreException e) {
            ILog.of(SavedPipelineChecks.class).error(NLS.bind(Messages.Marker_failed, file.getFullPath()), e);
        }
    }

    private static boolean isPipeline(String name) {
        return name.endsWith("." + PipelineFiles.EXTENSION);
    }

    /** Waits until the files queued so far are checked (tests). */
    public static void join() throws InterruptedException {
        INSTANCE.job.join();
    }
}
