package org.ldnworkbench.ui.internal.editor.diagram;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The diagram's handler of a workbench edit action (Edit &gt; Delete, Select All, Rename), installed as the global
 * action handler while the Diagram page shows, so that the Edit menu and the platform's key bindings (Delete,
 * Ctrl+A, F2) act on the diagram then, and reach the other pages otherwise.
 */
final class DiagramAction extends Action {
    private final Runnable action;

    /**
     * @param factory the workbench action it handles; its command id makes the platform's key binding reach it
     * @param action what it does
     */
    DiagramAction(ActionFactory factory, Runnable action) {
        this.action = action;
        setId(factory.getId());
        setActionDefinitionId(factory.getCommandId());
    }

    @Override
    public void run() {
        action.run();
    }
}
