package org.ldnworkbench.install.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.ui.tests.support.Events;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * The Help menu as the window shows it: p2's Check for Updates and Install New Software in a group of their own
 * after Help Contents, before About, where Eclipse users look for them (p2 contributes them "after=additions", which
 * put them at the top while the menu's own items came after p2's).
 */
@ExtendWith(ScreenshotOnFailure.class)
class HelpMenuTest {
    private static final String SEPARATOR = "---";

    @Test
    void updatesAreAfterHelpContentsAndBeforeAboutInTheirOwnGroup() {
        List<String> items = helpMenuItems();

        int welcome = indexOf(items, "Welcome");
        int contents = indexOf(items, "Help Contents");
        int updates = indexOf(items, "Check for Updates");
        int install = indexOf(items, "Install New Software...");
        int about = indexOf(items, "About LDN Workbench");
        assertEquals(0, welcome, "Welcome first: " + items);
        assertTrue(welcome < contents && contents < updates && updates + 1 == install && install < about,
                "Welcome, Help Contents, Check for Updates, Install New Software..., About in this order: " + items);
        assertEquals(SEPARATOR, items.get(updates - 1), "a separator above the updates: " + items);
        assertEquals(SEPARATOR, items.get(about - 1), "a separator above About: " + items);
        assertEquals(items.size() - 1, about, "About last: " + items);
    }

    /** @return the Help menu's visible items as shown (mnemonics and accelerators left out), separators as "---" */
    private static List<String> helpMenuItems() {
        Menu bar = Workbenches.window().getShell().getMenuBar();
        MenuItem help = null;
        for (MenuItem item : bar.getItems()) {
            if ("Help".equals(shown(item))) {
                help = item;
            }
        }
        if (help == null || help.getMenu() == null) {
            return fail("the window's menu bar has no Help menu");
        }
        Menu menu = help.getMenu();
        // a menu manager brings its items up to date when the menu is about to show
        Events.notify(menu, SWT.Show);
        try {
            List<String> items = new ArrayList<>();
            for (MenuItem item : menu.getItems()) {
                items.add((item.getStyle() & SWT.SEPARATOR) != 0 ? SEPARATOR : shown(item));
            }
            return items;
        } finally {
            Events.notify(menu, SWT.Hide);
        }
    }

    private static String shown(MenuItem item) {
        String text = item.getText();
        int tab = text.indexOf('\t');
        return (tab < 0 ? text : text.substring(0, tab)).replace("&", "");
    }

    private static int indexOf(List<String> items, String text) {
        int i = items.indexOf(text);
        if (i < 0) {
            fail("no '" + text + "' in the Help menu: " + items);
        }
        return i;
    }
}
