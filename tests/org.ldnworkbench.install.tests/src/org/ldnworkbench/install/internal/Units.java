package org.ldnworkbench.install.internal;

import java.util.List;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.query.QueryUtil;

/** Real p2 metadata for the tests, made as p2's publisher makes it: units, groups, products, requirements. */
final class Units {
    private Units() {
    }

    /** @return a bundle unit that provides its symbolic name and the given packages at its version */
    static IInstallableUnit bundle(String id, String version, List<IRequirement> requires, String... packages) {
        InstallableUnitDescription d = description(id, version);
        List<IProvidedCapability> provided = new java.util.ArrayList<>(d.getProvidedCapabilities());
        provided.add(MetadataFactory.createProvidedCapability("osgi.bundle", id, Version.create(version)));
        for (String p : packages) {
            provided.add(MetadataFactory.createProvidedCapability("java.package", p, Version.create(version)));
        }
        d.setCapabilities(provided.toArray(IProvidedCapability[]::new));
        d.setRequirements(requires.toArray(IRequirement[]::new));
        return MetadataFactory.createInstallableUnit(d);
    }

    /** @return the group unit of a feature ({@code ID.feature.group}) that requires the given units exactly */
    static IInstallableUnit group(String featureId, String version, IInstallableUnit... includes) {
        InstallableUnitDescription d = description(featureId + FeatureRequest.GROUP_SUFFIX, version);
        d.setProperty(QueryUtil.PROP_TYPE_GROUP, "true");
        d.setProperty(IInstallableUnit.PROP_NAME, "Feature " + featureId);
        d.setRequirements(exactly(includes));
        return MetadataFactory.createInstallableUnit(d);
    }

    /** @return a product unit that requires the given units exactly, as a .product's features */
    static IInstallableUnit product(String id, IInstallableUnit... features) {
        InstallableUnitDescription d = description(id, "0.1.0");
        d.setProperty(QueryUtil.PROP_TYPE_GROUP, "true");
        d.setProperty(InstallableUnitDescription.PROP_TYPE_PRODUCT, "true");
        d.setRequirements(exactly(features));
        return MetadataFactory.createInstallableUnit(d);
    }

    /** @return a requirement of a package in a version range */
    static IRequirement importPackage(String name, String range) {
        return MetadataFactory.createRequirement("java.package", name, new VersionRange(range), null, false, false);
    }

    private static IRequirement[] exactly(IInstallableUnit... units) {
        IRequirement[] r = new IRequirement[units.length];
        for (int i = 0; i < units.length; i++) {
            Version v = units[i].getVersion();
            r[i] = MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID, units[i].getId(),
                    new VersionRange(v, true, v, true), null, false, false);
        }
        return r;
    }

    private static InstallableUnitDescription description(String id, String version) {
        InstallableUnitDescription d = new InstallableUnitDescription();
        d.setId(id);
        d.setVersion(Version.create(version));
        d.setCapabilities(new IProvidedCapability[] { MetadataFactory.createProvidedCapability(
                IInstallableUnit.NAMESPACE_IU_ID, id, Version.create(version)) });
        return d;
    }
}
