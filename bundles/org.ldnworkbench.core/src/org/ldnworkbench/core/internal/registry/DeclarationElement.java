package org.ldnworkbench.core.internal.registry;

import java.util.List;

/**
 * A read-only view of one element of a mechanism declaration, so the same reader serves the extension registry
 * (in the product) and a plain plugin.xml parsed from a class path (in cluster runs and plain-Java tools).
 */
public interface DeclarationElement {
    /** @return the element's name, e.g. {@code parameter} */
    String name();

    /** @return the attribute's value, or null when absent */
    String attribute(String name);

    /** @return the child elements with that name, in document order */
    List<DeclarationElement> children(String name);
}
