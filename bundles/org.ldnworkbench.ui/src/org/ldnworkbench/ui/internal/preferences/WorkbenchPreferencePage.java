package org.ldnworkbench.ui.internal.preferences;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window &gt; Preferences &gt; LDN Workbench: what the sub-pages hold. It has no settings of its own. */
public final class WorkbenchPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
    /** The page's id in plugin.xml, the category of the sub-pages. */
    public static final String ID = "org.ldnworkbench.ui.preferences.workbench";

    @Override
    public void init(IWorkbench workbench) {
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(page);
        Label overview = new Label(page, SWT.WRAP);
        overview.setText(Messages.rootOverview);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(overview);
        return page;
    }
}
