package org.ldnworkbench.install.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.CollectionResult;
import org.junit.jupiter.api.Test;

/**
 * Why a plugin cannot be installed, found in its requirements against the installation and the repository: the
 * requirement that nothing satisfies and what the installation has of it.
 */
class ResolutionProblemsTest {
    private static final String API = "org.ldnworkbench.core.mechanism";
    private final CollectionResult<IInstallableUnit> installed = new CollectionResult<>(
            List.of(Units.bundle("org.ldnworkbench.core", "0.1.0", List.of(), API)));
    private final IStatus planner = new MultiStatus("p2", 1, new IStatus[] {
            Status.error("Software being installed: x"), Status.error("Missing requirement: something") },
            "Cannot complete the install because one or more required items could not be found.", null);

    @Test
    void aPluginBuiltAgainstAnotherApiVersionIsNamedWithTheVersionInstalled() {
        IInstallableUnit bundle = Units.bundle("org.example.x", "1.0.0",
                List.of(Units.importPackage(API, "[9.0.0,10.0.0)")));
        IInstallableUnit feature = Units.group("org.example.x.feature", "1.0.0", bundle);
        CollectionResult<IInstallableUnit> source = new CollectionResult<>(List.of(feature, bundle));
        assertEquals("org.example.x 1.0.0 needs package org.ldnworkbench.core.mechanism [9.0.0,10.0.0), the "
                + "installation has 0.1.0", ResolutionProblems.explain(List.of(feature), installed, source, planner));
    }

    @Test
    void aCompatiblePluginHasNoUnmetRequirement() {
        IInstallableUnit bundle = Units.bundle("org.example.x", "1.0.0",
                List.of(Units.importPackage(API, "[0.1.0,1.0.0)")));
        IInstallableUnit feature = Units.group("org.example.x.feature", "1.0.0", bundle);
        assertTrue(ResolutionProblems.unmet(List.of(feature), installed,
                new CollectionResult<>(List.of(feature, bundle))).isEmpty());
    }

    @Test
    void aBundleMissingFromTheRepositoryIsNamed() {
        IInstallableUnit bundle = Units.bundle("org.example.x", "1.0.0", List.of());
        IInstallableUnit feature = Units.group("org.example.x.feature", "1.0.0", bundle);
        assertEquals("org.example.x.feature.feature.group 1.0.0 needs org.example.x [1.0.0,1.0.0], the installation "
                + "has none", ResolutionProblems.explain(List.of(feature), installed,
                        new CollectionResult<>(List.of(feature)), planner));
    }

    @Test
    void withoutAnUnmetRequirementThePlannersStatusesAreSummedUp() {
        IInstallableUnit feature = Units.group("org.example.x.feature", "1.0.0");
        assertEquals("Cannot complete the install because one or more required items could not be found.: "
                + "Software being installed: x: Missing requirement: something",
                ResolutionProblems.explain(List.of(feature), installed, new CollectionResult<>(List.of(feature)),
                        planner));
    }
}
