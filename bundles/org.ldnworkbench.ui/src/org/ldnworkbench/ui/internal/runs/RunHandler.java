package org.ldnworkbench.ui.internal.runs;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.internal.editor.model.PipelineDocument;

/**
 * Run (Run menu, main toolbar, Ctrl+R): runs the active pipeline editor's pipeline as it is shown, every scenario,
 * in the background ({@link PipelineRun}). Text on the Source page that is no pipeline stops it: Validate shows why.
 * Active only while a pipeline editor is (plugin.xml).
 */
public final class RunHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IEditorPart editor = HandlerUtil.getActiveEditorChecked(event);
        PipelineDocument document = editor.getAdapter(PipelineDocument.class);
        if (document == null) {
            validate(editor); // shows the Source page's error
            MessageDialog.openError(editor.getSite().getShell(), Messages.Run_invalidTitle,
                    NLS.bind(Messages.Run_sourceNotPipeline, editor.getEditorInput().getName()));
            return null;
        }
        PipelineRun.Request request = RunLauncher.forEditor(editor.getEditorInput(), document.pipeline());
        if (request == null) {
            MessageDialog.openError(editor.getSite().getShell(), Messages.Run_invalidTitle,
                    NLS.bind(Messages.Run_noPlace, editor.getEditorInput().getToolTipText()));
            return null;
        }
        return RunLauncher.start(request);
    }

    private static void validate(IEditorPart editor) {
        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        try {
            handlers.executeCommand(UiIds.VALIDATE_COMMAND, null);
        } catch (ExecutionException | NotDefinedException | org.eclipse.core.commands.NotEnabledException
                | org.eclipse.core.commands.NotHandledException e) {
            // the dialog that follows says what is wrong
        }
    }
}
