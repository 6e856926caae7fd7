package org.ldnworkbench.install.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.junit.jupiter.api.Test;

/** Third-party features are the roots the product does not require, whatever their names. */
class ThirdPartyFeaturesTest {
    @Test
    void whatTheProductRequiresIsOursAndTheRestIsListed() {
        IInstallableUnit core = Units.group("org.ldnworkbench.core.feature", "0.1.0");
        IInstallableUnit p2 = Units.group("org.ldnworkbench.install.feature", "0.1.0");
        IInstallableUnit product = Units.product("org.ldnworkbench.product", core, p2);
        IInstallableUnit example = Units.group("org.example.ldn.sustainedrelease.feature", "1.0.0");
        IInstallableUnit namedLikeOurs = Units.group("org.ldnworkbench.extra.feature", "2.0.0");
        IInstallableUnit notAGroup = Units.bundle("org.example.bundle", "1.0.0", List.of());
        assertEquals(List.of(example, namedLikeOurs), ThirdPartyFeatures.select(
                List.of(namedLikeOurs, product, core, p2, example, notAGroup), List.of(product)));
    }

    @Test
    void anotherVersionOfOneOfOurFeaturesIsNotOurs() {
        IInstallableUnit core = Units.group("org.ldnworkbench.core.feature", "0.1.0");
        IInstallableUnit product = Units.product("org.ldnworkbench.product", core);
        IInstallableUnit otherCore = Units.group("org.ldnworkbench.core.feature", "0.2.0");
        assertEquals(List.of(otherCore), ThirdPartyFeatures.select(List.of(core, otherCore), List.of(product)));
    }
}
