package org.ldnworkbench.app.internal;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * The main window: its size, title, tool bar, status line and progress area. Menus and tool bar items come from
 * org.eclipse.ui.menus contributions (org.ldnworkbench.ui's plugin.xml), not from an ActionBarAdvisor.
 */
final class LdnWindowAdvisor extends WorkbenchWindowAdvisor {
    LdnWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer c = getWindowConfigurer();
        Display display = Display.getCurrent();
        c.setInitialSize(display != null ? InitialWindowSize.of(display.getPrimaryMonitor().getClientArea())
                : new Point(InitialWindowSize.MIN_WIDTH, InitialWindowSize.MIN_HEIGHT));
        c.setShowCoolBar(true);
        c.setShowStatusLine(true);
        c.setShowProgressIndicator(true);
        c.setShowPerspectiveBar(false);
        IProduct product = Platform.getProduct();
        c.setTitle(product != null ? product.getName() : Messages.windowTitle);
    }

    @Override
    public void postWindowOpen() {
        TextEditorActionSets.hideIn(getWindowConfigurer().getWindow());
        WelcomeOnFirstStart.show(getWindowConfigurer().getWindow());
    }
}
