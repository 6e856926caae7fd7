package org.ldnworkbench.ui.internal.editor.properties;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.views.properties.IPropertySource;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.pipeline.Node;

/**
 * A node as the diagram's selection publishes it: what the Properties view shows of it (id, mechanism, preset,
 * the value a run uses for each parameter and where it comes from).
 *
 * @param node a copy of the node when it was selected or last changed
 * @param spec its mechanism, or null when that is not installed
 */
public record SelectedNode(Node node, MechanismSpec spec) implements IAdaptable {
    /** @return the node's id */
    public String id() {
        return node.id();
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        return type == IPropertySource.class ? type.cast(new NodePropertySource(this)) : null;
    }

    @Override
    public String toString() {
        return node.id();
    }
}
