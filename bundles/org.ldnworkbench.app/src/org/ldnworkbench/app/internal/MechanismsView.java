package org.ldnworkbench.app.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.part.ViewPart;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.registry.MechanismRegistry;

/**
 * The installed mechanisms grouped by category, with ports and parameters, read from the extension registry
 * (declarations only: no contributing bundle is activated).
 */
public final class MechanismsView extends ViewPart {
    public static final String ID = "org.ldnworkbench.app.views.mechanisms";
    private Tree tree;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        tree = new Tree(parent, SWT.BORDER | SWT.FULL_SELECTION);
        tree.setHeaderVisible(true);
        String[] titles = { "Mechanism", "Unit", "Default", "Status / source" };
        int[] widths = { 260, 80, 80, 420 };
        for (int i = 0; i < titles.length; i++) {
            TreeColumn c = new TreeColumn(tree, SWT.LEFT);
            c.setText(titles[i]);
            c.setWidth(widths[i]);
        }
        List<MechanismSpec> specs = new ArrayList<>(MechanismRegistry.getDefault().all());
        specs.sort((a, b) -> (a.category() + a.name()).compareTo(b.category() + b.name()));
        TreeItem category = null;
        for (MechanismSpec s : specs) {
            if (category == null || !category.getText().equals(s.category())) {
                category = new TreeItem(tree, SWT.NONE);
                category.setText(s.category());
            }
            TreeItem m = new TreeItem(category, SWT.NONE);
            m.setText(new String[] { s.name(), "", "", s.description() });
            for (PortSpec p : s.inputs()) {
                new TreeItem(m, SWT.NONE).setText(new String[] { "in: " + p.name(), p.unit(), "", p.description() });
            }
            for (PortSpec p : s.outputs()) {
                new TreeItem(m, SWT.NONE).setText(new String[] { "out: " + p.name(), p.unit(), "", p.description() });
            }
            for (ParameterSpec p : s.parameters()) {
                new TreeItem(m, SWT.NONE).setText(new String[] { p.name(), p.unit(), Double.toString(p.defaultValue()),
                        p.status().word() + ": " + p.source() });
            }
            category.setExpanded(true);
        }
    }

    @Override
    public void setFocus() {
        tree.setFocus();
    }
}
