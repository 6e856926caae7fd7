package org.ldnworkbench.ui.internal.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.ui.internal.preferences.WorkbenchPreferences;

/**
 * The Project Explorer's runs under each pipeline file: the complete folders of its runs
 * ({@link RunFolders#list}), newest first ({@link RunsSorter}). The folders stay where they are under the results
 * folder too; this lists them where a user looks for them. A change under a project's results folder refreshes that
 * project's pipelines.
 */
public final class RunsContentProvider implements ITreeContentProvider, IResourceChangeListener {
    private StructuredViewer viewer;

    @Override
    public void inputChanged(Viewer v, Object oldInput, Object newInput) {
        if (viewer == null && v instanceof StructuredViewer s) {
            ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
        }
        viewer = v instanceof StructuredViewer s ? s : null;
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
        viewer = null;
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        return parent instanceof IFile file && isPipeline(file) ? runsOf(file).toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof RunEntry e ? e.pipeline() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        if (!(element instanceof IFile file) || !isPipeline(file) || file.getProject().getLocation() == null) {
            return false;
        }
        try {
            return !RunFolders.list(RunFolders.runsOf(file.getProject().getLocation().toPath(), file.getName()))
                    .isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isPipeline(IFile file) {
        return PipelineFiles.EXTENSION.equals(file.getFileExtension());
    }

    /** @return the pipeline's runs, newest first; none when the project is not on the local disk */
    static List<RunEntry> runsOf(IFile file) {
        IProject project = file.getProject();
        List<RunEntry> entries = new ArrayList<>();
        if (project.getLocation() == null) {
            return entries;
        }
        Path projectDir = project.getLocation().toPath();
        try {
            for (Path folder : RunFolders.list(RunFolders.runsOf(projectDir, file.getName()))) {
                String relative = projectDir.relativize(folder).toString();
                RunFolderSummary summary = summaryOf(folder);
                entries.add(new RunEntry(file, project.getFolder(relative), summary.scenarios(), summary.complete()));
            }
        } catch (IOException e) {
            ILog.of(RunsContentProvider.class).warn(NLS.bind(Messages.Runs_listFailed, file.getFullPath(),
                    e.getMessage()));
        }
        return entries;
    }

    /** Summaries read, by folder, with the time their summary.json was last changed: each is read once. */
    private static final Map<Path, Map.Entry<FileTime, RunFolderSummary>> SUMMARIES = new ConcurrentHashMap<>();

    private static RunFolderSummary summaryOf(Path folder) {
        try {
            FileTime changed = Files.getLastModifiedTime(folder.resolve(RunFolders.SUMMARY));
            Map.Entry<FileTime, RunFolderSummary> known = SUMMARIES.get(folder);
            if (known != null && known.getKey().equals(changed)) {
                return known.getValue();
            }
            RunFolderSummary read = RunFolderSummary.read(folder);
            SUMMARIES.put(folder, Map.entry(changed, read));
            return read;
        } catch (IOException e) {
            return new RunFolderSummary(0, false); // opening it says what is wrong
        }
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta();
        if (delta == null) {
            return;
        }
        List<IProject> changed = new ArrayList<>();
        for (IResourceDelta projectDelta : delta.getAffectedChildren()) {
            IResource project = projectDelta.getResource();
            if (project instanceof IProject p && projectDelta
                    .findMember(org.eclipse.core.runtime.IPath.fromOSString(WorkbenchPreferences.resultsFolder()))
                    != null) {
                changed.add(p);
            }
        }
        StructuredViewer v = viewer;
        if (!changed.isEmpty() && v != null && !v.getControl().isDisposed()) {
            v.getControl().getDisplay().asyncExec(() -> {
                if (!v.getControl().isDisposed()) {
                    changed.forEach(p -> v.refresh(p));
                }
            });
        }
    }
}
