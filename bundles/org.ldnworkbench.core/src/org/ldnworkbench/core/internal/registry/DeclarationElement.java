package org.ldnworkbench.core.internal.registry;

import java.util.List;

/**
 * A read-only view of one element of a mechanism declaration: all that {@link SpecReader} needs of the extension
 * registry's {@code IConfigurationElement} (in the product and, through a standalone registry, on a plain class
 * path). Tests drive the reader through it to learn which attributes it reads.
 */
public interface DeclarationElement {
    /** @return the element's name, e.g. {@code parameter} */
    String name();

    /** @return the attribute's value, or null when absent */
    String attribute(String name);

    /** @return the child elements with that name, in document order */
    List<DeclarationElement> children(String name);
}
