package org.ldnworkbench.ui.internal.editor;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * One page of the pipeline editor (Diagram, Parameters, Scenarios, Simulation). The editor owns the document, the
 * check results, saving and the Source page; a page shows the document and changes it only through
 * {@code PipelineDocument.edit}, so that its edits are undoable and the other pages follow.
 */
public interface PipelineEditorPage {
    /** @return the tab title */
    String title();

    /**
     * @param parent the editor's page container
     * @param context the editor's document, checks, catalog and site
     * @return the page's top control
     */
    Control createControl(Composite parent, PageContext context);

    /** Gives the keyboard focus to the page's main control. */
    void setFocus();

    /**
     * Shows and selects a node (a double-clicked problem, a palette addition); pages without nodes ignore it.
     *
     * @param nodeId the node's id
     */
    default void showNode(String nodeId) {
        // pages that do not show nodes have nothing to select
    }

    /** Frees what the page holds beyond its widgets (listeners on the document, images, fonts). */
    void dispose();
}
