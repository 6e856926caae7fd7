package org.ldnworkbench.app.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Workbench life cycle: the Mechanism Modeling perspective opens first. */
final class LdnWorkbenchAdvisor extends WorkbenchAdvisor {
    static final String PERSPECTIVE_ID = "org.ldnworkbench.app.perspective.modeling";

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                IWorkbenchWindowConfigurer c = getWindowConfigurer();
                c.setInitialSize(new org.eclipse.swt.graphics.Point(1280, 800));
                c.setShowCoolBar(true);
                c.setShowStatusLine(true);
                c.setShowProgressIndicator(true);
                c.setTitle("LDN Workbench");
            }
        };
    }
}
