package org.ldnworkbench.ui.internal.runs;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.PipelineFormatException;

/**
 * Starts runs: of the pipeline an editor shows (its content as it is, saved or not: the run folder keeps the
 * pipeline as run), or again of a run folder's pipeline exactly as it was run, into a new folder beside it.
 */
public final class RunLauncher {
    private RunLauncher() {
    }

    /**
     * @param input the editor's input
     * @param pipeline the editor's pipeline (copied here)
     * @return the request, or null when the input is neither a workspace file nor a local file
     */
    public static PipelineRun.Request forEditor(IEditorInput input, Pipeline pipeline) {
        IFile file = Adapters.adapt(input, IFile.class);
        if (file != null && file.getProject().getLocation() != null) {
            IProject project = file.getProject();
            return new PipelineRun.Request(pipeline.copy(), file.getName(), file.getFullPath().toString(), file,
                    RunFolders.runsOf(project.getLocation().toPath(), file.getName()), project);
        }
        if (input instanceof IURIEditorInput uri && "file".equals(uri.getURI().getScheme())) {
            Path path = Path.of(uri.getURI());
            String name = path.getFileName().toString();
            return new PipelineRun.Request(pipeline.copy(), name, path.toString(), null,
                    RunFolders.runsOf(path.getParent(), name), null);
        }
        return null;
    }

    /**
     * @param runFolder a run folder in the workspace
     * @return a request to run its {@code pipeline.ldnpipe} again, into a new folder of the same pipeline's runs
     * @throws IOException when the folder's pipeline cannot be read; the message names the file
     */
    public static PipelineRun.Request forRerun(IFolder runFolder) throws IOException {
        Path folder = runFolder.getLocation().toPath();
        Path file = folder.resolve(RunFolders.PIPELINE);
        Pipeline pipeline;
        try {
            pipeline = PipelineFiles.read(file);
        } catch (PipelineFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
        IContainer runs = runFolder.getParent();
        String fileName = runs.getName() + "." + PipelineFiles.EXTENSION;
        IFile pipelineFile = runFolder.getFile(RunFolders.PIPELINE);
        return new PipelineRun.Request(pipeline, fileName, pipelineFile.getFullPath().toString(), pipelineFile,
                folder.getParent(), runFolder.getProject());
    }

    /** Whether runs are cancelled when the workbench closes (registered with the first run). */
    private static boolean cancelledOnShutdown;
    /** How long closing the workbench waits for cancelled runs to keep what they computed. */
    private static final long SHUTDOWN_WAIT_MS = 5000;

    /** Starts the run, reported to the workbench's window. */
    public static PipelineRun start(PipelineRun.Request request) {
        cancelOnShutdown();
        PipelineRun run = new PipelineRun(request, new WorkbenchRunReport(Display.getCurrent()));
        run.schedule();
        return run;
    }

    /**
     * Closing the workbench cancels the runs and waits a little for them to write what they computed (marked
     * partial), instead of leaving jobs running into the platform's shutdown.
     */
    private static void cancelOnShutdown() {
        if (cancelledOnShutdown) {
            return;
        }
        cancelledOnShutdown = true;
        PlatformUI.getWorkbench().addWorkbenchListener(new IWorkbenchListener() {
            @Override
            public boolean preShutdown(IWorkbench workbench, boolean forced) {
                Job.getJobManager().cancel(PipelineRun.FAMILY);
                long end = System.currentTimeMillis() + SHUTDOWN_WAIT_MS;
                while (Job.getJobManager().find(PipelineRun.FAMILY).length > 0 && System.currentTimeMillis() < end) {
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                return true;
            }

            @Override
            public void postShutdown(IWorkbench workbench) {
                // the runs were cancelled before
            }
        });
    }
}
