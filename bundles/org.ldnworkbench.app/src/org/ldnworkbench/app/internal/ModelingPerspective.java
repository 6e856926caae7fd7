package org.ldnworkbench.app.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.IPlaceholderFolderLayout;

/**
 * The Mechanism Modeling perspective: projects and the mechanism palette on the left, the pipeline editor in the
 * middle, properties, problems and progress below, the results at the right once a run is shown. Window &gt; Reset
 * Perspective returns to exactly this.
 */
public final class ModelingPerspective implements IPerspectiveFactory {
    /** The palette view of org.ldnworkbench.ui (an id, so this bundle loads none of its classes). */
    static final String PALETTE_VIEW_ID = "org.ldnworkbench.ui.views.palette";
    /** The Results view of org.ldnworkbench.ui. */
    static final String RESULTS_VIEW_ID = "org.ldnworkbench.ui.views.results";
    /** The New Pipeline and New Project wizards of org.ldnworkbench.ui (File &gt; New lists them first). */
    static final String[] NEW_WIZARD_IDS = {"org.ldnworkbench.ui.wizards.newPipeline",
        "org.ldnworkbench.ui.wizards.newProject"};

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout projects = layout.createFolder("projects", IPageLayout.LEFT, 0.25f, editors);
        projects.addView(IPageLayout.ID_PROJECT_EXPLORER);
        IFolderLayout palette = layout.createFolder("palette", IPageLayout.BOTTOM, 0.40f, "projects");
        palette.addView(PALETTE_VIEW_ID);

        // the Results view opens (when a run is shown) at the right of the editor, over the whole height, big
        // enough for its charts; until then the place takes no room
        IPlaceholderFolderLayout results = layout.createPlaceholderFolder("results", IPageLayout.RIGHT, 0.36f,
                editors);
        results.addPlaceholder(RESULTS_VIEW_ID);

        IFolderLayout below = layout.createFolder("below", IPageLayout.BOTTOM, 0.72f, editors);
        below.addView(IPageLayout.ID_PROBLEM_VIEW);
        below.addView(IPageLayout.ID_PROP_SHEET);
        below.addView(IPageLayout.ID_PROGRESS_VIEW);

        layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
        layout.addShowViewShortcut(PALETTE_VIEW_ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
        layout.addShowViewShortcut(RESULTS_VIEW_ID);
        for (String wizard : NEW_WIZARD_IDS) {
            layout.addNewWizardShortcut(wizard);
        }
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
    }
}
