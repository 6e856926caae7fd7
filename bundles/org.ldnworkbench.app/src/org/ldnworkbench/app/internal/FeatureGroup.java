package org.ldnworkbench.app.internal;

import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IBundleGroup;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.branding.IBundleGroupConstants;
import org.osgi.framework.Bundle;

/**
 * One installed feature as Help &gt; About lists it.
 *
 * @param id the feature id
 * @param version the feature version
 * @param label the feature's name (its id when it has none)
 * @param provider who provides it
 * @param description what it holds
 * @param plugins the symbolic names of the bundles it includes
 */
record FeatureGroup(String id, String version, String label, String provider, String description,
        List<String> plugins) implements IBundleGroup {

    FeatureGroup {
        Objects.requireNonNull(id, "id");
        label = label == null || label.isBlank() ? id : label;
        plugins = List.copyOf(plugins);
    }

    @Override
    public String getIdentifier() {
        return id;
    }

    @Override
    public String getName() {
        return label;
    }

    @Override
    public String getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public String getProviderName() {
        return provider;
    }

    /**
     * @return the description as the feature's about text (shown under the list in Help &gt; About); null for the
     *         other branding properties (feature image, welcome page, license link), which the features do not have
     */
    @Override
    public String getProperty(String key) {
        return IBundleGroupConstants.ABOUT_TEXT.equals(key) && !description.isBlank() ? description : null;
    }

    /** @return the bundles of the feature that are installed (fragments for other platforms are not) */
    @Override
    public Bundle[] getBundles() {
        return plugins.stream().map(p -> Platform.getBundles(p, null)).filter(Objects::nonNull)
                .flatMap(java.util.Arrays::stream).toArray(Bundle[]::new);
    }
}
