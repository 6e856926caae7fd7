package org.ldnworkbench.ui.internal.editor;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.ldnworkbench.ui.internal.editor.source.SourcePage;

/**
 * The editor's global action handlers for Edit &gt; Undo / Redo (Ctrl+Z, Ctrl+Y) and, on the Source page, the
 * clipboard commands. On the pipeline pages, Undo and Redo work on the document's undo context: every page's edit,
 * and the Source page's text applied as one edit. On the Source page they undo typing, and cut, copy, paste, delete
 * and select all act on the text, in place of whatever a pipeline page registered for them (restored on leaving).
 */
final class EditHandlers {
    private final IActionBars bars;
    private final UndoActionHandler documentUndo;
    private final RedoActionHandler documentRedo;
    private final UndoActionHandler typingUndo;
    private final RedoActionHandler typingRedo;
    private final Map<String, IAction> textActions = new LinkedHashMap<>();
    private final Map<String, IAction> replaced = new HashMap<>();
    private boolean onText;

    EditHandlers(IEditorSite site, IUndoContext document, SourcePage source) {
        bars = site.getActionBars();
        documentUndo = new UndoActionHandler(site, document);
        documentRedo = new RedoActionHandler(site, document);
        typingUndo = new UndoActionHandler(site, source.typingUndoContext());
        typingRedo = new RedoActionHandler(site, source.typingUndoContext());
        ITextOperationTarget text = source.operations();
        textActions.put(ActionFactory.CUT.getId(),
                new TextAction(text, ITextOperationTarget.CUT, IWorkbenchCommandConstants.EDIT_CUT));
        textActions.put(ActionFactory.COPY.getId(),
                new TextAction(text, ITextOperationTarget.COPY, IWorkbenchCommandConstants.EDIT_COPY));
        textActions.put(ActionFactory.PASTE.getId(),
                new TextAction(text, ITextOperationTarget.PASTE, IWorkbenchCommandConstants.EDIT_PASTE));
        textActions.put(ActionFactory.DELETE.getId(),
                new TextAction(text, ITextOperationTarget.DELETE, IWorkbenchCommandConstants.EDIT_DELETE));
        textActions.put(ActionFactory.SELECT_ALL.getId(),
                new TextAction(text, ITextOperationTarget.SELECT_ALL, IWorkbenchCommandConstants.EDIT_SELECT_ALL));
    }

    /** A pipeline page is shown. */
    void showDocument() {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), documentUndo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), documentRedo);
        if (onText) {
            textActions.keySet().forEach(id -> bars.setGlobalActionHandler(id, replaced.get(id)));
            replaced.clear();
            onText = false;
        }
        bars.updateActionBars();
    }

    /** The Source page is shown. */
    void showText() {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), typingUndo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), typingRedo);
        if (!onText) {
            textActions.forEach((id, action) -> {
                replaced.put(id, bars.getGlobalActionHandler(id));
                bars.setGlobalActionHandler(id, action);
            });
            onText = true;
        }
        bars.updateActionBars();
    }

    void dispose() {
        documentUndo.dispose();
        documentRedo.dispose();
        typingUndo.dispose();
        typingRedo.dispose();
    }

    /** One operation of the Source page's text as a global action handler. */
    private static final class TextAction extends Action {
        private final ITextOperationTarget target;
        private final int operation;

        TextAction(ITextOperationTarget target, int operation, String commandId) {
            this.target = target;
            this.operation = operation;
            setActionDefinitionId(commandId);
        }

        @Override
        public void run() {
            if (target.canDoOperation(operation)) {
                target.doOperation(operation);
            }
        }
    }
}
