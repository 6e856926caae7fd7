package org.ldnworkbench.ui.internal.mechanismeditors;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.ldnworkbench.ui.internal.mechanismeditors.MechanismEditorRegistry.Contribution;
import org.ldnworkbench.ui.internal.mechanismeditors.MechanismEditorRegistry.Created;
import org.ldnworkbench.ui.mechanism.MechanismEditor;

/**
 * The non-modal window of one node's mechanism editor: the contributed editor (or the generic form when there is
 * none, or when the contributed one fails: then a line above it says why), following the pipeline while it is open.
 * Ctrl+Z and Ctrl+Y (Ctrl+Shift+Z) undo and redo the pipeline's edits here as in the pipeline editor. The window
 * follows the node when it is renamed, and closes when the node goes away (removed, its mechanism replaced) and
 * when the pipeline editor closes.
 */
final class MechanismEditorWindow {
    private static final ILog LOG = ILog.of(MechanismEditorWindow.class);
    /** Key of the widget data: the window's shell carries its node id, the problem line its name. */
    static final String WIDGET_KEY = GenericParameterForm.WIDGET_KEY;

    private final Shell shell;
    private final NodeEditorContext context;
    private MechanismEditor editor;
    private Image icon;
    private final Listener undoKeys = this::undoKey;

    MechanismEditorWindow(Shell parent, NodeEditorContext context, String pipelineName,
            MechanismEditorRegistry registry) {
        this.context = context;
        shell = new Shell(parent, SWT.SHELL_TRIM | SWT.MODELESS);
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(shell);
        Label problem = new Label(shell, SWT.WRAP);
        problem.setData(WIDGET_KEY, "mechanismEditor.problem");
        GridDataFactory.fillDefaults().grab(true, false).hint(700, SWT.DEFAULT).exclude(true).applyTo(problem);
        problem.setVisible(false);
        ScrolledComposite scroll = new ScrolledComposite(shell, SWT.H_SCROLL | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroll);
        Composite body = new Composite(scroll, SWT.NONE);
        body.setLayout(new FillLayout());
        scroll.setContent(body);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        Created created = registry.create(context.spec().id());
        String editorName = created.contribution() == null || created.contribution().name().isEmpty()
                ? context.spec().name() : created.contribution().name();
        retitle(editorName, pipelineName);
        String failure = created.problem();
        if (created.editor() != null) {
            failure = createContributed(body, created.editor(), created.contribution(), registry);
        }
        if (editor == null) {
            editor = new GenericParameterForm();
            editor.createControl(body, context);
        }
        if (failure != null) {
            problem.setText(NLS.bind(Messages.Window_genericInstead, failure));
            problem.setVisible(true);
            ((org.eclipse.swt.layout.GridData) problem.getLayoutData()).exclude = false;
        }
        // below its natural size the editor scrolls instead of cutting off its side panel or squeezing its charts
        scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        setIcon(created.contribution());
        context.whenGone(this::close);
        context.whenRenamed((from, to) -> retitle(editorName, pipelineName));
        shell.getDisplay().addFilter(SWT.KeyDown, undoKeys);
        shell.addListener(SWT.Dispose, e -> disposed());
        shell.setSize(shell.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        fitOnScreen(parent);
    }

    /** Names the window (and, for tests, its shell) after the node's current id. */
    private void retitle(String editorName, String pipelineName) {
        shell.setData(WIDGET_KEY, "mechanismEditor." + context.nodeId());
        shell.setText(NLS.bind(Messages.Window_title, new Object[] { context.nodeId(), editorName, pipelineName }));
    }

    /** @return null when the contributed editor built its control, else the reported failure */
    private String createContributed(Composite body, MechanismEditor contributed, Contribution contribution,
            MechanismEditorRegistry registry) {
        try {
            contributed.createControl(body, context);
            editor = contributed;
            return null;
        } catch (RuntimeException | LinkageError e) {
            for (Control c : body.getChildren()) {
                c.dispose();
            }
            try {
                contributed.dispose();
            } catch (RuntimeException | LinkageError ignored) {
                // it failed already; the quarantine report below names it
            }
            return registry.quarantine(contribution, MechanismEditorRegistry.describe(e), e);
        }
    }

    private void setIcon(Contribution contribution) {
        String path = contribution == null ? null : contribution.element().getAttribute("icon");
        if (path == null || path.isBlank()) {
            return;
        }
        ImageDescriptor d = AbstractUIPlugin.imageDescriptorFromPlugin(contribution.contributor(), path);
        icon = d == null ? null : d.createImage(false);
        if (icon != null) {
            shell.setImage(icon);
        }
    }

    /** A size that shows the editor whole where the screen allows, placed over the workbench window. */
    private void fitOnScreen(Shell parent) {
        Rectangle screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
        Rectangle size = shell.getBounds();
        int w = Math.min(Math.max(size.width, 640), screen.width - 40);
        int h = Math.min(Math.max(size.height, 420), screen.height - 40);
        Rectangle p = parent.getBounds();
        int x = Math.max(screen.x, Math.min(p.x + (p.width - w) / 2, screen.x + screen.width - w));
        int y = Math.max(screen.y, Math.min(p.y + (p.height - h) / 2, screen.y + screen.height - h));
        shell.setBounds(x, y, w, h);
    }

    Shell shell() {
        return shell;
    }

    NodeEditorContext context() {
        return context;
    }

    MechanismEditor editor() {
        return editor;
    }

    void open() {
        shell.open();
        editor.setFocus();
    }

    void close() {
        if (!shell.isDisposed()) {
            shell.close();
            if (!shell.isDisposed()) {
                shell.dispose();
            }
        }
    }

    private void disposed() {
        shell.getDisplay().removeFilter(SWT.KeyDown, undoKeys);
        try {
            editor.dispose();
        } catch (RuntimeException e) {
            LOG.log(Status.warning(NLS.bind(Messages.Window_disposeFailed, context.nodeId(),
                    MechanismEditorRegistry.describe(e)), e));
        }
        context.dispose();
        if (icon != null) {
            icon.dispose();
        }
    }

    /** Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z in this window undo and redo the pipeline's edits. */
    private void undoKey(Event e) {
        if (!(e.widget instanceof Control c) || c.isDisposed() || c.getShell() != shell
                || (e.stateMask & SWT.MOD1) == 0) {
            return;
        }
        boolean shift = (e.stateMask & SWT.SHIFT) != 0;
        char key = Character.toLowerCase((char) e.keyCode);
        IOperationHistory history = context.document().history();
        try {
            if (key == 'z' && !shift) {
                e.doit = false;
                history.undo(context.document().undoContext(), null, null);
            } else if (key == 'y' || key == 'z') {
                e.doit = false;
                history.redo(context.document().undoContext(), null, null);
            }
        } catch (ExecutionException ex) {
            LOG.log(Status.warning(ex.getMessage(), ex));
        }
    }
}
