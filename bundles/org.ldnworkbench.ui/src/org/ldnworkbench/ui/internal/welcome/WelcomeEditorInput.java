package org.ldnworkbench.ui.internal.welcome;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * The input of the welcome page. All instances are equal, so Help &gt; Welcome brings an open page to the front
 * instead of opening a second one; it is not persistable, so the page is not reopened on every start.
 */
final class WelcomeEditorInput implements IEditorInput {
    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ResourceLocator.imageDescriptorFromBundle(WelcomeEditorInput.class, "icons/ldn16.png").orElse(null);
    }

    @Override
    public String getName() {
        return Messages.welcomeTab;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return Messages.welcomeTooltip;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WelcomeEditorInput;
    }

    @Override
    public int hashCode() {
        return WelcomeEditorInput.class.hashCode();
    }
}
