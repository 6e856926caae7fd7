package org.ldnworkbench.install.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.query.QueryUtil;

/**
 * The third-party features installed in a profile ({@link ThirdPartyFeatures}), with the mechanisms their bundles
 * contribute: what {@code ldnwb plugins} lists and {@code ldnwb uninstall} may remove.
 */
public final class InstalledPlugins {
    /** The namespace in which a unit provides an OSGi bundle, named by its symbolic name. */
    private static final String BUNDLE_NAMESPACE = "osgi.bundle";

    private final IProfile profile;
    private final Set<IInstallableUnit> products;
    private final List<IInstallableUnit> features;

    /** @param profile the installation's profile */
    public InstalledPlugins(IProfile profile) {
        this.profile = profile;
        Set<IInstallableUnit> roots = profile.query(new UserVisibleRootQuery(), null).toUnmodifiableSet();
        this.products = profile.query(QueryUtil.createIUProductQuery(), null).toUnmodifiableSet();
        this.features = ThirdPartyFeatures.select(roots, products);
    }

    /** @return the installed third-party feature groups, by id */
    public List<IInstallableUnit> features() {
        return features;
    }

    /**
     * @param registry the extension registry: the mechanisms of resolved bundles
     * @param resolved whether the framework resolved a bundle unit (its contributions are in the registry)
     * @param installArea the installation folder, whose plugins/ holds the jars of the bundles that are not resolved
     * @return each installed third-party feature with its mechanisms
     */
    public List<InstalledPlugin> describe(IExtensionRegistry registry, Predicate<BundleRef> resolved,
            Path installArea) {
        List<InstalledPlugin> result = new ArrayList<>();
        for (IInstallableUnit feature : features) {
            Set<String> loadedBundles = new TreeSet<>();
            Set<String> notLoaded = new TreeSet<>();
            for (BundleRef bundle : bundles(feature)) {
                if (resolved.test(bundle)) {
                    loadedBundles.add(bundle.name());
                } else {
                    notLoaded.addAll(declared(installArea, bundle));
                }
            }
            result.add(new InstalledPlugin(FeatureRequest.featureId(feature.getId()), feature.getVersion().toString(),
                    text(feature, IInstallableUnit.PROP_NAME), text(feature, IInstallableUnit.PROP_PROVIDER),
                    List.copyOf(MechanismContributions.of(registry, loadedBundles)), List.copyOf(notLoaded)));
        }
        return result;
    }

    /**
     * @return the mechanisms the bundle's plugin.xml declares, from its jar or folder in the installation's plugins/
     *         (where p2 puts them); empty when it is not there or cannot be read: the listing is informative
     */
    static Set<String> declared(Path installArea, BundleRef bundle) {
        String name = bundle.name() + "_" + bundle.version();
        for (Path candidate : List.of(installArea.resolve("plugins").resolve(name + ".jar"),
                installArea.resolve("plugins").resolve(name))) {
            if (Files.exists(candidate)) {
                try {
                    return DeclaredMechanisms.of(candidate);
                } catch (IOException e) {
                    return Set.of();
                }
            }
        }
        return Set.of();
    }

    /**
     * @return the installed third-party features the request names (all versions unless it names one)
     */
    public List<IInstallableUnit> matching(FeatureRequest request) {
        return features.stream().filter(request::matches).toList();
    }

    /** @return whether the profile has the unit the request names but it is not a third-party plugin */
    public boolean isOurs(FeatureRequest request) {
        return !profile.query(QueryUtil.createIUQuery(request.groupId()), null).isEmpty()
                && matching(request).isEmpty();
    }

    /**
     * A bundle a feature installs, by symbolic name and version.
     *
     * @param name its symbolic name (the id of its unit)
     * @param version its version
     */
    public record BundleRef(String name, String version) {
    }

    /**
     * @return the bundles the feature installs, through the features it includes or requires (not into ours: a
     *         plugin's feature that requires one of ours does not contribute our mechanisms). A unit the feature
     *         requires at one exact version that the profile does not show is taken by that name and version: in a
     *         shared (read-only) installation run by another user, p2's profile of that user shows the roots of the
     *         shared installation but not the units they bring
     */
    Set<BundleRef> bundles(IInstallableUnit feature) {
        Set<BundleRef> names = new LinkedHashSet<>();
        Set<IInstallableUnit> seen = new HashSet<>();
        Deque<IInstallableUnit> todo = new ArrayDeque<>(List.of(feature));
        while (!todo.isEmpty()) {
            IInstallableUnit unit = todo.removeFirst();
            for (IRequirement requirement : unit.getRequirements()) {
                Set<IInstallableUnit> matches = profile.query(QueryUtil.createMatchQuery(requirement.getMatches()),
                        null).toUnmodifiableSet();
                if (matches.isEmpty()) {
                    exactUnit(requirement).ifPresent(names::add);
                }
                for (IInstallableUnit required : matches) {
                    if (!seen.add(required)) {
                        continue;
                    }
                    if (QueryUtil.isGroup(required)) {
                        if (ThirdPartyFeatures.partOfProduct(required, products)) {
                            continue;
                        }
                        todo.addLast(required);
                    } else if (providesBundle(required)) {
                        names.add(new BundleRef(required.getId(), required.getVersion().toString()));
                    }
                }
            }
        }
        return names;
    }

    /** @return the unit an exact requirement names ({@code id [v,v]}), when it is not a feature's unit */
    static Optional<BundleRef> exactUnit(IRequirement requirement) {
        Object[] p = requirement.getMatches().getParameters();
        if (p.length == 3 && p[0] instanceof String name && IInstallableUnit.NAMESPACE_IU_ID.equals(p[1])
                && p[2] instanceof Version version && !name.endsWith(FeatureRequest.GROUP_SUFFIX)
                && !name.endsWith(".feature.jar")) {
            return Optional.of(new BundleRef(name, version.toString()));
        }
        return Optional.empty();
    }

    private static boolean providesBundle(IInstallableUnit unit) {
        for (IProvidedCapability capability : unit.getProvidedCapabilities()) {
            if (BUNDLE_NAMESPACE.equals(capability.getNamespace())) {
                return true;
            }
        }
        return false;
    }

    private static String text(IInstallableUnit unit, String key) {
        String value = unit.getProperty(key, null);
        return value == null ? "" : StatusText.oneLine(value);
    }
}
