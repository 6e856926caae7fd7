package org.ldnworkbench.install.internal;

import java.util.Collection;
import java.util.TreeSet;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;

/**
 * The mechanism ids that bundles contribute, read from the extension registry by contributor: what
 * {@code ldnwb list} reads, without loading a class or starting a bundle. The registry holds the contributions of
 * every resolved bundle, started or not.
 */
public final class MechanismContributions {
    /** The extension point mechanisms are contributed to. */
    static final String POINT = "org.ldnworkbench.core.mechanisms";

    private MechanismContributions() {
    }

    /** @return the ids of the mechanisms the named bundles contribute, sorted; empty when they contribute none */
    public static TreeSet<String> of(IExtensionRegistry registry, Collection<String> bundles) {
        TreeSet<String> ids = new TreeSet<>();
        IExtensionPoint point = registry == null ? null : registry.getExtensionPoint(POINT);
        if (point == null) {
            return ids;
        }
        for (IExtension extension : point.getExtensions()) {
            if (bundles.contains(extension.getContributor().getName())) {
                for (IConfigurationElement element : extension.getConfigurationElements()) {
                    String id = element.getAttribute("id");
                    if ("mechanism".equals(element.getName()) && id != null) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }
}
