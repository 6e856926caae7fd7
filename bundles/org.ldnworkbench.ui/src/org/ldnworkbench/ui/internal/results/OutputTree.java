package org.ldnworkbench.ui.internal.results;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.CheckStateChangedEvent;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.ldnworkbench.ui.internal.runs.OutputColumn;

/**
 * The tree of outputs at the left of the Results view: nodes, each with its outputs as {@code output [unit]}, a
 * check box on each; checking a node checks all its outputs. Every change of the checked outputs is reported (in tree
 * order) so that the view charts exactly those.
 */
final class OutputTree {
    /** The data key by which tests and accessibility find the tree. */
    static final String KEY = "results.outputs";

    private final CheckboxTreeViewer viewer;
    private ShownOutputs outputs = ShownOutputs.of(List.of());
    private List<String> checked = List.of();

    /**
     * @param parent the composite the tree goes into
     * @param changed told the checked {@code node.output} names, in tree order, after the user changed them
     */
    OutputTree(Composite parent, Consumer<List<String>> changed) {
        viewer = new CheckboxTreeViewer(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setData(ResultsView.WIDGET_KEY, KEY);
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new Labels());
        viewer.setUseHashlookup(true);
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addCheckStateListener((CheckStateChangedEvent e) -> {
            Set<String> now = new LinkedHashSet<>(checked);
            for (OutputColumn o : outputsOf(e.getElement())) {
                if (e.getChecked()) {
                    now.add(o.name());
                } else {
                    now.remove(o.name());
                }
            }
            checked = outputs.inTreeOrder(now);
            showChecks();
            changed.accept(checked);
        });
    }

    /** @return the tree widget */
    Tree tree() {
        return viewer.getTree();
    }

    /**
     * Shows the outputs of newly shown runs, keeping the user's choice where it still applies.
     *
     * @return the checked names after the change, in tree order
     */
    List<String> show(ShownOutputs shown) {
        outputs = shown;
        checked = outputs.inTreeOrder(outputs.keep(checked));
        viewer.setInput(outputs);
        viewer.expandAll();
        showChecks();
        return checked;
    }

    /** @return the checked {@code node.output} names, in tree order */
    List<String> checked() {
        return checked;
    }

    private List<OutputColumn> outputsOf(Object element) {
        return element instanceof OutputColumn o ? List.of(o) : outputs.of((String) element);
    }

    /** Checks the checked outputs; a node is checked when all its outputs are, grey when some are. */
    private void showChecks() {
        List<Object> all = new ArrayList<>();
        List<Object> grey = new ArrayList<>();
        for (String node : outputs.nodes()) {
            List<OutputColumn> of = outputs.of(node);
            long on = of.stream().filter(o -> checked.contains(o.name())).count();
            if (on > 0) {
                all.add(node);
                if (on < of.size()) {
                    grey.add(node);
                }
            }
            of.stream().filter(o -> checked.contains(o.name())).forEach(all::add);
        }
        viewer.setCheckedElements(all.toArray());
        viewer.setGrayedElements(grey.toArray());
    }

    /** Nodes (strings) at the top, their output columns below. */
    private static final class Content implements ITreeContentProvider {
        private ShownOutputs currentOutputs = ShownOutputs.of(List.of());

        @Override
        public Object[] getElements(Object input) {
            return ((ShownOutputs) input).nodes().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof String ? currentOutputs.of((String) parent).toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof OutputColumn o ? o.node() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof String;
        }

        @Override
        public void inputChanged(Viewer v, Object oldInput, Object newInput) {
            currentOutputs = newInput instanceof ShownOutputs s ? s : ShownOutputs.of(List.of());
        }
    }

    /** {@code output [unit]}; the output's description and mechanism as its tooltip. */
    private static final class Labels extends ColumnLabelProvider {
        @Override
        public String getText(Object element) {
            if (element instanceof OutputColumn o) {
                return o.unit().isBlank() ? o.output() : o.output() + " [" + o.unit() + "]";
            }
            return String.valueOf(element);
        }

        @Override
        public String getToolTipText(Object element) {
            if (element instanceof OutputColumn o) {
                String what = o.description().isBlank() ? o.name() : o.description() + " (" + o.name() + ")";
                return o.mechanism().isBlank() ? what : what + "\n" + o.mechanism();
            }
            return null;
        }
    }
}
