package org.ldnworkbench.install.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * Window &gt; Preferences &gt; Install/Update shows the p2 pages that work on this platform line: the general page
 * and Available Software Sites, not Trust, which fails as it opens (org.ldnworkbench.app's plugin.xml says why).
 */
@ExtendWith(ScreenshotOnFailure.class)
class InstallPreferencePagesTest {
    private static final String INSTALL_UPDATE_PAGE = "org.eclipse.equinox.internal.p2.ui.sdk.ProvisioningPreferencePage";

    @Test
    void installUpdateShowsTheSitesPageAndNotTheTrustPage() {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Workbenches.window().getShell(),
                INSTALL_UPDATE_PAGE, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            UiWait.until("the preferences to show", () -> dialog.getShell().isVisible());
            dialog.getTreeViewer().expandAll();
            TreeItem installUpdate = null;
            for (TreeItem item : dialog.getTreeViewer().getTree().getItems()) {
                if ("Install/Update".equals(item.getText())) {
                    installUpdate = item;
                }
            }
            if (installUpdate == null) {
                fail("no Install/Update page in the preferences");
            }
            List<String> children = new ArrayList<>();
            for (TreeItem child : installUpdate.getItems()) {
                children.add(child.getText());
            }
            assertEquals(List.of("Available Software Sites"), children, "the pages under Install/Update");
        } finally {
            dialog.close();
        }
    }
}
