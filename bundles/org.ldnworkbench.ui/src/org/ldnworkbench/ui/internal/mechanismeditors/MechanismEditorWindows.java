package org.ldnworkbench.ui.internal.mechanismeditors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;

/**
 * The open mechanism editor windows: at most one per node of a pipeline editor (opening it again brings it to the
 * front), each closed with its pipeline editor.
 * <p>
 * Threading: the user-interface thread.
 */
public final class MechanismEditorWindows {
    private static final List<MechanismEditorWindow> OPEN = new ArrayList<>();

    private MechanismEditorWindows() {
    }

    /**
     * Opens (or brings to the front) the editor of a node.
     *
     * @param part the pipeline editor the node belongs to: its closing closes the window
     * @param document the editor's document
     * @param catalog the installed mechanisms
     * @param nodeId the node
     * @return the window's shell, or null when the node's mechanism is not installed (the user is told)
     */
    public static Shell open(IWorkbenchPart part, PipelineDocument document, MechanismCatalog catalog,
            String nodeId) {
        for (MechanismEditorWindow w : OPEN) {
            if (w.context().document() == document && w.context().nodeId().equals(nodeId)) {
                w.shell().setVisible(true);
                w.shell().setActive();
                return w.shell();
            }
        }
        Node node = document.pipeline().node(nodeId);
        Shell parent = part.getSite().getShell();
        MechanismSpec spec = node == null ? null : catalog.spec(node.mechanism());
        if (spec == null) {
            MessageDialog.openInformation(parent, Messages.Window_notInstalledTitle,
                    NLS.bind(Messages.Window_notInstalled, nodeId, node == null ? "?" : node.mechanism()));
            return null;
        }
        NodeEditorContext context = new NodeEditorContext(document, catalog, nodeId, spec);
        MechanismEditorWindow window = new MechanismEditorWindow(parent, context, part.getTitle(),
                MechanismEditorRegistry.getDefault());
        OPEN.add(window);
        IPartListener2 closing = new IPartListener2() {
            @Override
            public void partClosed(IWorkbenchPartReference ref) {
                if (ref.getPart(false) == part) {
                    window.close();
                }
            }
        };
        part.getSite().getPage().addPartListener(closing);
        window.shell().addListener(org.eclipse.swt.SWT.Dispose, e -> {
            OPEN.remove(window);
            if (part.getSite().getPage() != null) {
                part.getSite().getPage().removePartListener(closing);
            }
        });
        window.open();
        return window.shell();
    }

    /** @return the shells of the open windows, oldest first (for tests) */
    public static List<Shell> shells() {
        return OPEN.stream().map(MechanismEditorWindow::shell).toList();
    }
}
