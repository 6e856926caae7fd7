package org.ldnworkbench.ui.internal.editor.diagram;

import org.eclipse.jface.action.Action;

/**
 * The diagram's handler of a workbench edit action (Edit &gt; Delete, Select All, Rename), installed as the global
 * action handler while the canvas has the focus, so that the Edit menu and the platform's key bindings (Delete,
 * Ctrl+A, F2) act on the diagram then and on other pages otherwise.
 */
final class DiagramAction extends Action {
    private final Runnable action;

    DiagramAction(Runnable action) {
        this.action = action;
    }

    @Override
    public void run() {
        action.run();
    }
}
