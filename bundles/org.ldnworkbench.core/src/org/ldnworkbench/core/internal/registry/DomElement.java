package org.ldnworkbench.core.internal.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@link DeclarationElement} over a DOM element of a plugin.xml, with {@code %key} attribute values translated
 * through the bundle's plugin.properties, as the extension registry does.
 */
public final class DomElement implements DeclarationElement {
    private final Element element;
    private final Properties strings;

    public DomElement(Element element, Properties strings) {
        this.element = element;
        this.strings = strings;
    }

    @Override
    public String name() {
        return element.getTagName();
    }

    @Override
    public String attribute(String name) {
        if (!element.hasAttribute(name)) {
            return null;
        }
        String v = element.getAttribute(name);
        if (v.startsWith("%") && v.length() > 1) {
            return strings.getProperty(v.substring(1), v);
        }
        return v;
    }

    @Override
    public List<DeclarationElement> children(String name) {
        List<DeclarationElement> l = new ArrayList<>();
        for (Node c = element.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element && ((Element) c).getTagName().equals(name)) {
                l.add(new DomElement((Element) c, strings));
            }
        }
        return l;
    }
}
