package org.ldnworkbench.ui.internal.editor.diagram;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/**
 * The handler of one diagram command (layout, fit, zoom, connect), activated by the page on its editor's site so
 * that it is active while that editor is; the key bindings reach it only while the Diagram page shows (their
 * context is active then).
 */
final class DiagramHandler extends AbstractHandler {
    private final Runnable action;

    DiagramHandler(Runnable action) {
        this.action = action;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        action.run();
        return null;
    }
}
