package org.ldnworkbench.ui.internal.editor.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.ldnworkbench.ui.internal.editor.properties.SelectedNode;

/**
 * Publishes the diagram's selection to the workbench (the Properties view, handlers): a structured selection of the
 * selected nodes ({@link SelectedNode}, which the Properties view shows) followed by the selected wires
 * ({@code Connection}). Setting a selection takes nodes or node ids.
 */
final class DiagramSelectionProvider implements ISelectionProvider {
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private final DiagramPage page;
    private StructuredSelection current = StructuredSelection.EMPTY;

    DiagramSelectionProvider(DiagramPage page) {
        this.page = page;
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return current;
    }

    @Override
    public void setSelection(ISelection selection) {
        List<String> ids = new ArrayList<>();
        if (selection instanceof StructuredSelection s) {
            for (Object o : s.toList()) {
                if (o instanceof String id) {
                    ids.add(id);
                } else if (o instanceof SelectedNode node) {
                    ids.add(node.id());
                }
            }
        }
        page.select(ids);
    }

    /** Tells the listeners when the selection differs from the last one published. */
    void publish(DiagramSelection selection) {
        List<Object> items = new ArrayList<>();
        selection.nodeList().forEach(id -> items.add(page.selectedNode(id)));
        items.addAll(selection.wires());
        StructuredSelection next = new StructuredSelection(items);
        if (next.equals(current)) {
            return;
        }
        current = next;
        SelectionChangedEvent event = new SelectionChangedEvent(this, current);
        listeners.forEach(l -> l.selectionChanged(event));
    }
}
