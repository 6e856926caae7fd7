package org.ldnworkbench.install.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.junit.jupiter.api.Test;

/**
 * The bundles of a feature when the profile does not show them (a shared installation run by another user): taken
 * from the feature's exact requirements.
 */
class InstalledPluginsTest {
    @Test
    void anExactRequirementOfAUnitNamesTheBundle() {
        IInstallableUnit bundle = Units.bundle("org.example.x", "1.0.0.v1", java.util.List.of());
        IInstallableUnit feature = Units.group("org.example.x.feature", "1.0.0", bundle);
        assertEquals(Optional.of(new InstalledPlugins.BundleRef("org.example.x", "1.0.0.v1")),
                InstalledPlugins.exactUnit(feature.getRequirements().iterator().next()));
    }

    @Test
    void featuresPackagesAndRangesAreNoBundles() {
        IInstallableUnit included = Units.group("org.example.y.feature", "1.0.0");
        IInstallableUnit feature = Units.group("org.example.x.feature", "1.0.0", included);
        assertTrue(InstalledPlugins.exactUnit(feature.getRequirements().iterator().next()).isEmpty());
        assertTrue(InstalledPlugins.exactUnit(MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID,
                "org.example.x.feature.jar", new VersionRange("[1.0.0,1.0.0]"), null, false, false)).isEmpty());
        assertTrue(InstalledPlugins.exactUnit(Units.importPackage("org.example.api", "[1.0.0,2.0.0)")).isEmpty());
    }
}
