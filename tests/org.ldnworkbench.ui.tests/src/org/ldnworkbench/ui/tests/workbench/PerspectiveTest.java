package org.ldnworkbench.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.tests.support.Dialogs;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.Screenshots;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * The window as the product opens it: the Mechanism Modeling perspective with its views, and Window &gt; Reset
 * Perspective bringing a closed view back.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PerspectiveTest {
    /** The command of Window &gt; Reset Perspective (org.eclipse.ui's id). */
    private static final String RESET_PERSPECTIVE = "org.eclipse.ui.window.resetPerspective";

    @AfterEach
    void restoreThePerspective() {
        Workbenches.page().resetPerspective();
        UiWait.processEvents();
    }

    @Test
    void theModelingPerspectiveIsActiveAtStartWithItsViews() {
        IWorkbenchPage page = Workbenches.page();

        assertEquals(UiIds.MODELING_PERSPECTIVE, page.getPerspective().getId());
        for (String view : expectedViews()) {
            assertNotNull(page.findViewReference(view), "the perspective shows no view " + view);
        }
        Screenshots.save(Workbenches.window().getShell(), "perspective-at-start");
    }

    /**
     * The text editors' action sets (line delimiter conversion, annotation and edit-location navigation: two arrows
     * in the tool bar a pipeline editor never enables) are not shown.
     */
    @Test
    void theTextEditorsToolBarActionsAreHidden() {
        // the visible action sets are only listed by the page implementation (no API)
        List<String> shown = java.util.Arrays
                .stream(((org.eclipse.ui.internal.WorkbenchPage) Workbenches.page()).getActionSets())
                .map(org.eclipse.ui.internal.registry.IActionSetDescriptor::getId).toList();
        for (String id : List.of("org.eclipse.ui.edit.text.actionSet.navigation",
                "org.eclipse.ui.edit.text.actionSet.annotationNavigation",
                "org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo")) {
            assertTrue(!shown.contains(id), id + " is shown: " + shown);
        }
    }

    @Test
    void resetPerspectiveBringsBackAClosedView() {
        IWorkbenchPage page = Workbenches.page();
        IViewReference problems = page.findViewReference(IPageLayout.ID_PROBLEM_VIEW);
        assertNotNull(problems, "the Problems view is not in the perspective to begin with");
        page.hideView(problems);
        UiWait.processEvents();
        assertNull(page.findViewReference(IPageLayout.ID_PROBLEM_VIEW), "the Problems view did not close");

        Dialogs.Answer confirmation = Dialogs.answerNext("Reset Perspective", Duration.ofSeconds(10));
        Workbenches.execute(RESET_PERSPECTIVE);
        confirmation.assertAnswered();

        UiWait.until("the Problems view to be back after Reset Perspective",
                () -> page.findViewReference(IPageLayout.ID_PROBLEM_VIEW) != null);
        assertTrue(page.findViewReference(IPageLayout.ID_PROJECT_EXPLORER) != null,
                "Reset Perspective lost the Project Explorer");
    }

    /** Project Explorer, Mechanism Palette, Problems, Properties, Progress: the views issue 14 names. */
    private static List<String> expectedViews() {
        return List.of(IPageLayout.ID_PROJECT_EXPLORER, UiIds.PALETTE_VIEW, IPageLayout.ID_PROBLEM_VIEW,
                IPageLayout.ID_PROP_SHEET, IPageLayout.ID_PROGRESS_VIEW);
    }
}
