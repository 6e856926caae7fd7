package org.ldnworkbench.ui.internal.welcome;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

/**
 * The input of the welcome page. All instances are equal, so Help &gt; Welcome brings an open page to the front
 * instead of opening a second one. It is persistable ({@link WelcomeInputFactory}): a welcome page left open is
 * there again at the next start, also after a crash, whose periodically saved window layout used to bring back an
 * empty tab ("No editor descriptor for id ...emptyEditorTab") instead.
 */
final class WelcomeEditorInput implements IEditorInput, IPersistableElement {
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
        return this;
    }

    @Override
    public String getFactoryId() {
        return WelcomeInputFactory.ID;
    }

    @Override
    public void saveState(IMemento memento) {
        // the page has no state: every welcome page is the same
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
