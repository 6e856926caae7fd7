package org.ldnworkbench.app.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Mechanism Modeling perspective: the installed mechanisms beside the editor area. */
public final class ModelingPerspective implements IPerspectiveFactory {
    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addView(MechanismsView.ID, IPageLayout.LEFT, 0.35f, layout.getEditorArea());
    }
}
