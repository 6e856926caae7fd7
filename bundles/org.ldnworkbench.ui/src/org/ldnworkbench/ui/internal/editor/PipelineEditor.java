package org.ldnworkbench.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.PipelineFormatException;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.internal.editor.model.PipelineProblems;

/**
 * The multi-page editor of {@code *.ldnpipe} files: one {@link PipelineDocument} shown by the pages of
 * {@link EditorPages}. Other parts reach the document through {@code getAdapter(PipelineDocument.class)} (the
 * palette adds nodes that way).
 */
public final class PipelineEditor extends MultiPageEditorPart {
    private final List<PipelineEditorPage> pages = EditorPages.create();
    private final PipelineProblems problems = new PipelineProblems();
    private PipelineDocument document;
    private Path file;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        file = fileOf(input);
        Pipeline loaded;
        try {
            loaded = PipelineFiles.read(file);
        } catch (PipelineFormatException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        document = new PipelineDocument(PlatformUI.getWorkbench().getOperationSupport().getOperationHistory(), loaded);
        document.addListener(d -> firePropertyChange(PROP_DIRTY));
        setPartName(input.getName());
    }

    @Override
    protected void createPages() {
        PageContext context = new PageContext(document, problems, MechanismRegistry.getDefault(), getEditorSite());
        for (PipelineEditorPage page : pages) {
            Control control = page.createControl(getContainer(), context);
            setPageText(addPage(control), page.title());
        }
    }

    @Override
    public boolean isDirty() {
        return document != null && document.isDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            PipelineFiles.write(document.pipeline(), file);
            document.markSaved();
            refreshWorkspaceFile();
        } catch (IOException e) {
            org.eclipse.jface.dialogs.ErrorDialog.openError(getSite().getShell(), getPartName(),
                    "Could not save " + file, Status.error(e.getMessage(), e));
        }
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException("Save As is not offered: isSaveAsAllowed() is false");
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == PipelineDocument.class) {
            return type.cast(document);
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        pages.forEach(PipelineEditorPage::dispose);
        if (document != null) {
            document.dispose();
        }
        super.dispose();
    }

    private void refreshWorkspaceFile() {
        if (getEditorInput() instanceof IFileEditorInput in) {
            IFile f = in.getFile();
            try {
                f.refreshLocal(IResource.DEPTH_ZERO, null);
            } catch (CoreException e) {
                getSite().getWorkbenchWindow().getShell().getDisplay().beep();
            }
        }
    }

    private static Path fileOf(IEditorInput input) throws PartInitException {
        if (input instanceof IFileEditorInput in && in.getFile().getLocation() != null) {
            return in.getFile().getLocation().toFile().toPath();
        }
        if (input instanceof IURIEditorInput in && "file".equals(in.getURI().getScheme())) {
            return Path.of(in.getURI());
        }
        throw new PartInitException("Not a file on disk: " + input.getName());
    }
}
