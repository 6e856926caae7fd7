package org.ldnworkbench.ui.tests.scenarios;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.reflect.Field;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PartInitException;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.registry.MechanismRegistry;
import org.ldnworkbench.ui.internal.UiIds;
import org.ldnworkbench.ui.tests.support.Events;
import org.ldnworkbench.ui.tests.support.Widgets;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * The Mechanism Palette view as a user works it: find a mechanism by the name the tree shows, select it, press
 * Enter. Its tree is the view's viewer's (a private field of the host's view, read by reflection) so that no other
 * tree of the window is mistaken for it.
 */
final class Palette {
    private Palette() {
    }

    /** @return the palette's tree, the view shown (opened if it was closed) */
    static Tree tree() {
        try {
            IViewPart view = Workbenches.page().showView(UiIds.PALETTE_VIEW);
            Field viewer = view.getClass().getDeclaredField("viewer");
            viewer.setAccessible(true);
            return ((TreeViewer) viewer.get(view)).getTree();
        } catch (PartInitException | ReflectiveOperationException e) {
            throw new AssertionError("Cannot show the Mechanism Palette's tree: " + e, e);
        }
    }

    /** @return the name the palette shows for a mechanism (its declared name) */
    static String nameOf(String mechanismId) {
        MechanismSpec spec = MechanismRegistry.getDefault().spec(mechanismId);
        assertNotNull(spec, "no mechanism " + mechanismId + " is registered");
        return spec.name();
    }

    /**
     * Selects a mechanism in the palette's tree as a click on it does, and presses Enter there: the palette adds a
     * node of it to the active editor's pipeline.
     */
    static void addWithEnter(String mechanismId) {
        Tree tree = tree();
        TreeItem item = Widgets.treeItem(tree, nameOf(mechanismId));
        tree.setSelection(item);
        Event click = new Event();
        click.item = item;
        Events.notify(tree, SWT.Selection, click);
        Events.focus(tree);
        Events.postKey(SWT.CR);
    }
}
