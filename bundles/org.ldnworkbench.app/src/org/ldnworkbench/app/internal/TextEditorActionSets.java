package org.ldnworkbench.app.internal;

import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PerspectiveAdapter;

/**
 * Hides the action sets the IDE's text editors put into the File menu and the main tool bar (line delimiter
 * conversion, next and previous annotation, last and next edit location: the two grey arrows, which a pipeline
 * editor, recording no text edit positions, never enables), which a pipeline user has no use for. Action sets are shown per
 * perspective, so they are hidden whenever a perspective is activated or reset. (An activity bound to them would
 * be the declarative way, but this platform line does not filter legacy action sets through activities.)
 */
final class TextEditorActionSets {
    static final String[] HIDDEN = {"org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo",
        "org.eclipse.ui.edit.text.actionSet.annotationNavigation", "org.eclipse.ui.edit.text.actionSet.navigation"};

    private TextEditorActionSets() {
    }

    static void hideIn(IWorkbenchWindow window) {
        hide(window.getActivePage());
        window.addPerspectiveListener(new PerspectiveAdapter() {
            @Override
            public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
                hide(page);
            }

            @Override
            public void perspectiveChanged(IWorkbenchPage page, IPerspectiveDescriptor perspective, String change) {
                if (IWorkbenchPage.CHANGE_RESET_COMPLETE.equals(change)) {
                    hide(page);
                }
            }
        });
    }

    private static void hide(IWorkbenchPage page) {
        if (page != null) {
            for (String id : HIDDEN) {
                page.hideActionSet(id);
            }
        }
    }
}
