package org.ldnworkbench.ui.internal.editor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;
import org.ldnworkbench.ui.internal.editor.model.PipelineProblems;
import org.ldnworkbench.ui.internal.editor.source.SourceError;
import org.ldnworkbench.ui.internal.editor.source.SourceErrors;
import org.ldnworkbench.ui.internal.editor.source.SourcePage;
import org.ldnworkbench.ui.internal.markers.ProblemMarkers;
import org.ldnworkbench.ui.internal.markers.SavedPipelineChecks;
import org.ldnworkbench.ui.internal.recovery.BackupSave;
import org.ldnworkbench.ui.internal.recovery.Recovery;
import org.ldnworkbench.ui.internal.recovery.RecoveryOffer;
import org.ldnworkbench.ui.internal.recovery.SnapshotWriter;

/**
 * The multi-page editor of {@code *.ldnpipe} files: one {@link PipelineDocument} shown by the pages of
 * {@link EditorPages}, then the Source page with the file's text. Other parts reach the document through
 * {@code getAdapter(PipelineDocument.class)} (the palette adds nodes that way).
 * <p>
 * The Source page's text is the text of record: it is what Save writes, as it is, even when it is not a pipeline (a
 * broken file opens there so that it can be mended, and is never lost). An edit on another page rewrites the text
 * from the pipeline; text typed on the Source page becomes one undoable edit when the user leaves the page, and only
 * if it changes the pipeline, so a file's own layout survives switching pages. While the text is not a pipeline the
 * user stays on the Source page, with the error underlined and in the Problems view.
 * <p>
 * No lost work: saves keep the previous version ({@link BackupSave}) and replace the file atomically; unsaved text is
 * written to a recovery snapshot ({@link SnapshotWriter}) and offered back when the file is opened after a crash; a
 * change of the file on disk is noticed ({@link DiskWatch}) and the user chooses; a page that fails is reported in
 * its tab while the others work.
 */
public final class PipelineEditor extends MultiPageEditorPart implements DiskWatch.Events {
    private final List<PipelineEditorPage> pages = EditorPages.create();
    /** The pages whose control was created, by page index, in tab order. */
    private final TreeMap<Integer, PipelineEditorPage> shownPages = new TreeMap<>();
    private final PipelineProblems problems = new PipelineProblems();
    private final SourcePage source = new SourcePage();
    private PipelineDocument document;
    /** The text read when opening. */
    private String openedText;
    /** Why the opened text is not a pipeline, or null. */
    private SourceError openedError;
    /** The file's content as last read or written: a different content on disk is someone else's change. */
    private String diskText;
    /** The document's text the Source page last showed or applied. */
    private String syncedText;
    /** Text typed on the Source page and not yet applied to the document. */
    private boolean sourcePending;
    /**
     * The document changed while the Source page was hidden, and the page still shows an older text: it is written
     * when the page is shown (see {@link PageRefresh} for why), and {@link #sourceText()} stands in for it meanwhile.
     */
    private boolean sourceStale;
    /** The pipeline of text typed and not yet applied, when it is one: what the checks look at meanwhile. */
    private Pipeline typedPipeline;
    private boolean settingSource;
    private boolean applyingSource;
    private boolean validateRequested;
    private boolean askingAboutDisk;
    private boolean deletionReported;
    private boolean wasDirty;
    private int sourceIndex = -1;
    private int lastPage = -1;
    private EditHandlers handlers;
    private ProblemCheck check;
    private SnapshotWriter snapshots;
    private DiskWatch watch;
    private final Runnable liveRead = this::readSourceAsTyped;
    /** How soon an editor asks again about its recovered text while another editor's question is open. */
    private static final int RECOVERY_RETRY_MS = 300;

    /** The workspace file whose problem markers this editor decides, or null. */
    private IFile markersOwned;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        super.init(site, input);
        Path path = EditorInputs.path(input);
        if (path == null) {
            throw new PartInitException(NLS.bind(Messages.Read_failed, input.getName(), input.getToolTipText()));
        }
        try {
            openedText = EditorInputs.read(path);
        } catch (IOException e) {
            throw new PartInitException(NLS.bind(Messages.Read_failed, path, e.getMessage()), e);
        }
        diskText = openedText;
        SourceErrors.Reading reading = SourceErrors.read(openedText, input.getName());
        openedError = reading.error();
        document = new PipelineDocument(PlatformUI.getWorkbench().getOperationSupport().getOperationHistory(),
                reading.ok() ? reading.pipeline() : new Pipeline());
        syncedText = document.text();
        setPartName(input.getName());
        ownMarkersOf(EditorInputs.workspaceFile(input));
    }

    /**
     * Makes this editor the one that decides the problem markers of {@code file} (its content may have unsaved
     * changes); the file it showed before gets the markers of its saved text again.
     */
    private void ownMarkersOf(IFile file) {
        if (markersOwned != null && !markersOwned.equals(file)) {
            SavedPipelineChecks.releasedByEditor(markersOwned);
        }
        markersOwned = file;
        if (file != null) {
            SavedPipelineChecks.ownedByEditor(file);
        }
    }

    @Override
    protected void createPages() {
        Display display = getContainer().getDisplay();
        PageContext context = new PageContext(document, problems, MechanismRegistry.getDefault(), getEditorSite());
        for (PipelineEditorPage page : pages) {
            addPipelinePage(page, context);
        }
        sourceIndex = addPage(source.createControl(getContainer()));
        setPageText(sourceIndex, Messages.SourcePage_title);
        setSource(openedText);
        source.addChangeListener(this::sourceChanged);
        document.addListener(d -> documentChanged());
        handlers = new EditHandlers(getEditorSite(), document.undoContext(), source);
        check = new ProblemCheck(display, getPartName(), this::shownPipeline, MechanismRegistry.getDefault(),
                this::checked);
        snapshots = new SnapshotWriter(Recovery.store(), getPartName());
        watch = new DiskWatch(display, this);
        getSite().getPage().addPartListener(watch);
        if (openedError == null) {
            check.schedule();
        } else {
            showSourceError(openedError);
            setActivePage(sourceIndex);
        }
        display.asyncExec(this::offerRecovery);
    }

    /** Creates a page under SafeRunner: a page that throws shows why in its tab, the others are unharmed. */
    private void addPipelinePage(PipelineEditorPage page, PageContext context) {
        Composite container = getContainer();
        List<Control> before = List.of(container.getChildren());
        Control[] made = new Control[1];
        Throwable[] failure = new Throwable[1];
        SafeRunner.run(new ISafeRunnable() {
            @Override
            public void run() {
                made[0] = page.createControl(container, context);
            }

            @Override
            public void handleException(Throwable e) {
                failure[0] = e; // SafeRunner has logged it with the contributing bundle
            }
        });
        if (failure[0] != null || made[0] == null) {
            for (Control c : container.getChildren()) {
                if (!before.contains(c)) {
                    c.dispose(); // what the page made before it failed
                }
            }
            ILog.of(getClass()).error(NLS.bind(Messages.PageFailed_log, page.title(), getPartName()), failure[0]);
            int index = addPage(failedPage(page.title(), failure[0]));
            setPageText(index, page.title());
            return;
        }
        int index = addPage(made[0]);
        setPageText(index, page.title());
        shownPages.put(index, page);
    }

    private Control failedPage(String title, Throwable failure) {
        Composite c = new Composite(getContainer(), SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        Label label = new Label(c, SWT.WRAP);
        String why = failure == null ? Messages.PageFailed_noControl : failure.toString();
        label.setText(NLS.bind(Messages.PageFailed, title, why));
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return c;
    }

    @Override
    protected void pageChange(int newPageIndex) {
        if (newPageIndex == sourceIndex) {
            bringSourceUpToDate();
        }
        if (lastPage == sourceIndex && newPageIndex != sourceIndex && !applySource()) {
            setActivePage(sourceIndex);
            status(NLS.bind(Messages.SourcePage_fixFirst, source.error().describe()), true);
            source.revealError();
            return;
        }
        if (lastPage == sourceIndex && newPageIndex != sourceIndex) {
            getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null); // "fix the source first"
        }
        super.pageChange(newPageIndex);
        lastPage = newPageIndex;
        if (handlers != null) {
            if (newPageIndex == sourceIndex) {
                handlers.showText();
            } else {
                handlers.showDocument();
            }
        }
        focusPage(newPageIndex);
    }

    @Override
    public void setFocus() {
        super.setFocus();
        focusPage(getActivePage());
    }

    private void focusPage(int index) {
        if (index == sourceIndex) {
            source.setFocus();
        } else if (shownPages.containsKey(index)) {
            PipelineEditorPage page = shownPages.get(index);
            SafeRunner.run(page::setFocus);
        }
    }

    /**
     * Applies text typed on the Source page to the document as one undoable edit, when it is a pipeline that differs
     * from the document's.
     *
     * @return whether the text is a pipeline (the document now holds it); false leaves the error shown
     */
    private boolean applySource() {
        return applySource(Messages.Edit_source);
    }

    /**
     * @param label the edit's name in Edit &gt; Undo
     * @return whether the text is a pipeline
     */
    private boolean applySource(String label) {
        if (!sourcePending && source.error() == null) {
            return true;
        }
        SourceErrors.Reading reading = SourceErrors.read(source.text(), getEditorInput().getName());
        if (!reading.ok()) {
            showSourceError(reading.error());
            return false;
        }
        sourcePending = false;
        typedPipeline = null;
        source.showError(null);
        if (SourceErrors.changesPipeline(reading.pipeline(), document.text())) {
            applyingSource = true;
            try {
                IStatus status = document.replace(label, reading.pipeline());
                if (!status.isOK()) {
                    ILog.of(getClass()).log(status);
                }
            } finally {
                applyingSource = false;
            }
            syncedText = document.text();
        }
        check.schedule();
        return true;
    }

    /** Writes the document's text on the Source page if the page missed changes while hidden. */
    private void bringSourceUpToDate() {
        if (sourceStale) {
            sourceStale = false;
            setSource(document.text());
        }
    }

    /** @return the file's text as the editor has it: the Source page's, or the document's while the page is stale */
    private String sourceText() {
        return sourceStale ? document.text() : source.text();
    }

    /** Shows a text written from the pipeline (or read from disk) on the Source page, as the state of record. */
    private void setSource(String text) {
        sourceStale = false;
        settingSource = true;
        try {
            source.setText(text);
        } finally {
            settingSource = false;
        }
        sourcePending = false;
        typedPipeline = null;
        source.showError(null);
    }

    private void sourceChanged() {
        if (!settingSource) {
            sourcePending = true;
            getContainer().getDisplay().timerExec(ProblemCheck.DELAY_MS, liveRead);
        }
        dirtyMayHaveChanged();
        keepSnapshot();
    }

    /** While typing: shows whether the text is a pipeline and checks it, without applying it. */
    private void readSourceAsTyped() {
        if (document == null || !sourcePending) {
            return;
        }
        SourceErrors.Reading reading = SourceErrors.read(source.text(), getEditorInput().getName());
        typedPipeline = reading.pipeline();
        if (reading.ok()) {
            source.showError(null);
            check.schedule();
        } else {
            showSourceError(reading.error());
        }
    }

    /** @return the pipeline the user sees: typed text not yet applied, when it is one, else the document's */
    private Pipeline shownPipeline() {
        return sourcePending && typedPipeline != null ? typedPipeline : document.pipeline();
    }

    private void documentChanged() {
        String now = document.text();
        if (!applyingSource && !now.equals(syncedText)) {
            if (lastPage == sourceIndex) {
                setSource(now);
            } else {
                sourceStale = true;
            }
        }
        syncedText = now;
        dirtyMayHaveChanged();
        check.schedule();
        keepSnapshot();
    }

    private void showSourceError(SourceError error) {
        source.showError(error);
        check.cancel();
        IFile file = workspaceFile();
        if (file != null) {
            ProblemMarkers.show(file, error);
        }
    }

    private void checked(List<Problem> found) {
        if (source.error() != null) {
            return; // the Source page's error is what the markers show until the text is a pipeline again
        }
        problems.update(found);
        IFile file = workspaceFile();
        if (file != null) {
            ProblemMarkers.show(file, found);
        }
        if (validateRequested) {
            validateRequested = false;
            String name = getEditorInput().getName();
            status(found.isEmpty() ? NLS.bind(Messages.Check_none, name)
                    : found.size() == 1 ? NLS.bind(Messages.Check_one, name)
                            : NLS.bind(Messages.Check_some, name, found.size()), !found.isEmpty());
        }
    }

    /** The Validate command: checks the pipeline now and reports the result in the status line. */
    void validateNow() {
        if (lastPage == sourceIndex || sourcePending) {
            applySource();
        }
        if (source.error() != null) {
            status(NLS.bind(Messages.Check_source, getEditorInput().getName(), source.error().describe()), true);
            setActivePage(sourceIndex);
            source.revealError();
            return;
        }
        validateRequested = true;
        check.now();
    }

    private void status(String message, boolean error) {
        var line = getEditorSite().getActionBars().getStatusLineManager();
        if (error) {
            line.setErrorMessage(message);
        } else {
            line.setErrorMessage(null);
            line.setMessage(message);
        }
    }

    @Override
    public boolean isDirty() {
        return document != null && (document.isDirty() || source.isModified());
    }

    private void dirtyMayHaveChanged() {
        boolean dirty = isDirty();
        if (dirty != wasDirty) {
            wasDirty = dirty;
            firePropertyChange(PROP_DIRTY);
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!saveTo(EditorInputs.path(getEditorInput()), workspaceFile()) && monitor != null) {
            monitor.setCanceled(true);
        }
    }

    /**
     * Writes the Source page's text (a pipeline applied first; a broken text as it is) to a file, keeping the file's
     * previous version as its backup.
     *
     * @param path where to write
     * @param workspaceFile the same file in the workspace, refreshed after writing; null outside the workspace
     * @return whether it was written
     */
    private boolean saveTo(Path path, IFile workspaceFile) {
        if (lastPage == sourceIndex || sourcePending) {
            applySource();
        }
        bringSourceUpToDate();
        String text = source.text();
        try {
            BackupSave.save(path, text);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Save_failedTitle,
                    NLS.bind(Messages.Save_failed, path, e.getMessage()));
            return false;
        }
        diskText = text;
        deletionReported = false;
        source.markSaved();
        document.markSaved();
        snapshots.discard(EditorInputs.uri(getEditorInput()));
        refresh(workspaceFile);
        dirtyMayHaveChanged();
        return true;
    }

    private void refresh(IFile file) {
        if (file == null) {
            return;
        }
        try {
            file.refreshLocal(IResource.DEPTH_ZERO, null);
            file.getParent().getFile(IPath.fromOSString(file.getName() + BackupSave.BACKUP_SUFFIX))
                    .refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (CoreException e) {
            ILog.of(getClass()).warn(NLS.bind(Messages.Save_failedRefresh, file.getFullPath(), e.getMessage()));
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    /**
     * Save As: into the workspace (the workspace's Save As dialog) for a workspace file, anywhere on disk (the
     * system's file dialog) for a file opened from outside the workspace. The editor then shows the new file.
     */
    @Override
    public void doSaveAs() {
        SaveAsTarget.choose(getSite().getShell(), getEditorInput()).ifPresent(target -> {
            if (saveTo(target.path(), target.workspaceFile())) {
                showInput(target.input()); // the old file's markers are those of its saved text again
            }
        });
    }

    private void showInput(IEditorInput input) {
        setInputWithNotify(input);
        setPartName(input.getName());
        ownMarkersOf(workspaceFile());
        if (source.error() != null) {
            showSourceError(source.error()); // its marker moves to the new file
        } else {
            check.schedule();
        }
    }

    /** File &gt; Revert: the file as it is on disk, unsaved changes and their undo history dropped. */
    void revert() {
        Path path = EditorInputs.path(getEditorInput());
        String text;
        try {
            text = EditorInputs.read(path);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), getPartName(),
                    NLS.bind(Messages.Read_failed, path, e.getMessage()));
            return;
        }
        load(text);
        snapshots.discard(EditorInputs.uri(getEditorInput()));
    }

    /** Shows a text read from the file as the saved state: the document reloaded, its undo history dropped. */
    private void load(String text) {
        SourceErrors.Reading reading = SourceErrors.read(text, getEditorInput().getName());
        applyingSource = true;
        try {
            document.reload(reading.ok() ? reading.pipeline() : new Pipeline());
        } finally {
            applyingSource = false;
        }
        syncedText = document.text();
        setSource(text);
        diskText = text;
        if (reading.ok()) {
            check.schedule();
        } else {
            showSourceError(reading.error());
            setActivePage(sourceIndex);
        }
        dirtyMayHaveChanged();
    }

    // ---- recovery

    private void keepSnapshot() {
        URI origin = EditorInputs.uri(getEditorInput());
        if (snapshots == null || origin == null) {
            return;
        }
        if (isDirty()) {
            snapshots.changed(origin, sourceText());
        } else {
            snapshots.discard(origin);
        }
    }

    /** Offers the text a recovery snapshot kept of this file, if it differs from the file's. */
    private void offerRecovery() {
        URI origin = EditorInputs.uri(getEditorInput());
        if (document == null || origin == null || getContainer().isDisposed()) {
            return;
        }
        if (RecoveryOffer.busy()) { // another editor is asking: one question at a time
            getContainer().getDisplay().timerExec(RECOVERY_RETRY_MS, this::offerRecovery);
            return;
        }
        RecoveryOffer.ask(getSite().getShell(), snapshots, origin, EditorInputs.path(getEditorInput()), sourceText())
                .ifPresent(this::recover);
    }

    /**
     * Shows recovered text as unsaved changes: one undoable edit when it is a pipeline, else the Source page with its
     * error; the file is written only when the user saves.
     */
    private void recover(String text) {
        if (document == null || getContainer().isDisposed()) {
            return;
        }
        setActivePage(sourceIndex);
        source.replaceText(text);
        applySource(Messages.Edit_recover); // a text that is no pipeline stays on the Source page, its error shown
        dirtyMayHaveChanged();
    }

    // ---- the file on disk

    @Override
    public IFile workspaceFile() {
        return EditorInputs.workspaceFile(getEditorInput());
    }

    @Override
    public boolean isEditor(IWorkbenchPartReference part) {
        return part.getPart(false) == this;
    }

    @Override
    public void diskMayHaveChanged() {
        Path path = EditorInputs.path(getEditorInput());
        if (askingAboutDisk || document == null || path == null || getContainer().isDisposed()) {
            return;
        }
        if (!Files.exists(path)) {
            fileDeleted();
            return;
        }
        String now;
        try {
            now = EditorInputs.read(path);
        } catch (IOException e) {
            ILog.of(getClass()).warn(NLS.bind(Messages.Disk_readFailed, path, e.getMessage()));
            return;
        }
        if (now.equals(diskText)) {
            return;
        }
        if (!isDirty()) {
            load(now);
            return;
        }
        if (getSite().getPage().getActivePart() != this) {
            return; // asked when the editor is activated
        }
        askingAboutDisk = true;
        try {
            MessageDialog dialog = new MessageDialog(getSite().getShell(), Messages.Disk_changedTitle, null,
                    NLS.bind(Messages.Disk_changed, path), MessageDialog.WARNING, 0, Messages.Disk_reload,
                    Messages.Disk_keep);
            if (dialog.open() == 0) {
                load(now);
                snapshots.discard(EditorInputs.uri(getEditorInput()));
            } else {
                diskText = now;
            }
        } finally {
            askingAboutDisk = false;
        }
    }

    @Override
    public void fileMoved(IFile to) {
        URI before = EditorInputs.uri(getEditorInput());
        snapshots.discard(before);
        showInput(new FileEditorInput(to));
        keepSnapshot();
    }

    @Override
    public void fileDeleted() {
        Path path = EditorInputs.path(getEditorInput());
        if (deletionReported || path == null || Files.exists(path) || getContainer().isDisposed()) {
            return;
        }
        if (!isDirty()) {
            getSite().getPage().closeEditor(this, false);
            return;
        }
        deletionReported = true;
        MessageDialog.openWarning(getSite().getShell(), Messages.Disk_deletedTitle,
                NLS.bind(Messages.Disk_deleted, path));
    }

    // ---- problems and nodes

    /**
     * Shows and selects a node on the pipeline pages (the first page, the Diagram, is activated).
     *
     * @param nodeId the node's id
     */
    public void showNode(String nodeId) {
        if (lastPage == sourceIndex && !applySource()) {
            return;
        }
        if (!shownPages.isEmpty()) {
            setActivePage(shownPages.firstKey());
        }
        shownPages.values().forEach(page -> SafeRunner.run(() -> page.showNode(nodeId)));
    }

    private void gotoMarker(IMarker marker) {
        String node = marker.getAttribute(UiIds.MARKER_NODE, "");
        int line = marker.getAttribute(IMarker.LINE_NUMBER, -1);
        if (!node.isEmpty()) {
            showNode(node);
        } else if (line > 0) {
            bringSourceUpToDate();
            setActivePage(sourceIndex);
            source.revealLine(line);
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == PipelineDocument.class) {
            // text typed on the Source page goes in first, so that another part's edit does not overwrite it
            boolean current = sourceIndex < 0 || lastPage != sourceIndex && !sourcePending || applySource();
            return current ? type.cast(document) : null;
        }
        if (type == PipelineProblems.class) {
            return type.cast(problems);
        }
        if (type == IGotoMarker.class) {
            return type.cast((IGotoMarker) this::gotoMarker);
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        boolean dirty = isDirty();
        if (watch != null) {
            watch.dispose();
            getSite().getPage().removePartListener(watch);
        }
        if (check != null) {
            check.dispose();
        }
        if (handlers != null) {
            handlers.dispose();
        }
        URI origin = EditorInputs.uri(getEditorInput());
        if (snapshots != null && origin != null) {
            snapshots.discard(origin); // closed, saved or not: the user decided
        }
        ownMarkersOf(null); // the markers described unsaved changes: those of the saved text replace them
        pages.forEach(page -> SafeRunner.run(page::dispose));
        if (document != null) {
            document.dispose();
        }
        super.dispose();
    }
}
