package org.ldnworkbench.core.internal.registry;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;

/** {@link DeclarationElement} over the extension registry. */
public final class ConfigurationElementAdapter implements DeclarationElement {
    private final IConfigurationElement element;

    public ConfigurationElementAdapter(IConfigurationElement element) {
        this.element = element;
    }

    @Override
    public String name() {
        return element.getName();
    }

    @Override
    public String attribute(String name) {
        return element.getAttribute(name);
    }

    @Override
    public List<DeclarationElement> children(String name) {
        List<DeclarationElement> l = new ArrayList<>();
        for (IConfigurationElement c : element.getChildren(name)) {
            l.add(new ConfigurationElementAdapter(c));
        }
        return l;
    }
}
