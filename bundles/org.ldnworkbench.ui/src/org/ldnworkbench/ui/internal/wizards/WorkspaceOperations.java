package org.ldnworkbench.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.undo.WorkspaceUndoUtil;

/**
 * Runs a wizard's workspace change (creating a project or a file) as an undoable operation on the workbench's
 * history, in the wizard's progress area, so that Edit &gt; Undo takes it back like any other change.
 */
final class WorkspaceOperations {
    private WorkspaceOperations() {
    }

    /**
     * @param container the wizard's container (its progress monitor)
     * @param workbench the workbench (its operation history)
     * @param shell the wizard's shell (for the operation's questions)
     * @param operation the change
     * @param cancelable whether the user may cancel it
     * @return null when it was done, the reason it failed, or an {@link InterruptedException} when cancelled
     */
    static Throwable run(IWizardContainer container, IWorkbench workbench, Shell shell, IUndoableOperation operation,
            boolean cancelable) {
        IAdaptable uiInfo = WorkspaceUndoUtil.getUIInfoAdapter(shell);
        try {
            container.run(true, cancelable, monitor -> {
                try {
                    IStatus s = workbench.getOperationSupport().getOperationHistory().execute(operation, monitor,
                            uiInfo);
                    if (!s.isOK()) {
                        throw new InvocationTargetException(new ExecutionException(s.getMessage(), s.getException()));
                    }
                } catch (ExecutionException e) {
                    throw new InvocationTargetException(e);
                }
            });
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause() == null ? e : e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }
}
