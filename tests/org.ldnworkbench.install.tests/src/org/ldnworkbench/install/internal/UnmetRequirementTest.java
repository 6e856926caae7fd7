package org.ldnworkbench.install.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.junit.jupiter.api.Test;

/** The wording of one unmet requirement, from p2's own requirement objects. */
class UnmetRequirementTest {
    private final IInstallableUnit plugin = Units.bundle("org.example.x", "1.0.0", List.of());

    @Test
    void aPackageRangeTheInstallationDoesNotHave() {
        IRequirement r = Units.importPackage("org.ldnworkbench.core.mechanism", "[9.0.0,10.0.0)");
        assertEquals("org.example.x 1.0.0 needs package org.ldnworkbench.core.mechanism [9.0.0,10.0.0), the "
                + "installation has 0.1.0", UnmetRequirement.of(plugin, r, List.of("0.1.0")).message());
    }

    @Test
    void aBundleWithoutRangeThatIsNotThereAtAll() {
        IRequirement r = MetadataFactory.createRequirement("osgi.bundle", "org.other.lib", VersionRange.emptyRange,
                null, false, false);
        UnmetRequirement u = UnmetRequirement.of(plugin, r, List.of());
        assertEquals("bundle org.other.lib", u.required());
        assertEquals("org.example.x 1.0.0 needs bundle org.other.lib, the installation has none", u.message());
    }

    @Test
    void aUnitIsNamedWithoutItsNamespace() {
        IRequirement r = MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID, "org.other.feature"
                + ".feature.group", new VersionRange("[2.0.0,3.0.0)"), null, false, false);
        assertEquals("org.other.feature.feature.group [2.0.0,3.0.0)",
                UnmetRequirement.of(plugin, r, List.of()).required());
    }

    @Test
    void theRangeIsTakenFromP2sTextOfTheRequirement() {
        assertEquals("[1.0.0,2.0.0)", UnmetRequirement.range("java.package; a.b [1.0.0,2.0.0) (optional)",
                "java.package", "a.b"));
        assertEquals("", UnmetRequirement.range("java.package; a.b 0.0.0", "java.package", "a.b"));
        assertEquals("", UnmetRequirement.range("something else", "java.package", "a.b"));
    }
}
