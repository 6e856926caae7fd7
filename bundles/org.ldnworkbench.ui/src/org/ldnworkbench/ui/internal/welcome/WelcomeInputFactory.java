package org.ldnworkbench.ui.internal.welcome;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Recreates the welcome page's input when the workbench restores its windows (plugin.xml: elementFactories). */
public final class WelcomeInputFactory implements IElementFactory {
    /** The factory's id in plugin.xml. */
    static final String ID = "org.ldnworkbench.ui.welcome.inputFactory";

    @Override
    public IAdaptable createElement(IMemento memento) {
        return new WelcomeEditorInput();
    }
}
