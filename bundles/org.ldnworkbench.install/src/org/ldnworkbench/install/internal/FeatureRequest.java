package org.ldnworkbench.install.internal;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.pipeline.Names;

/**
 * A feature as the user names it on the command line: its id as in feature.xml ({@code org.example.x.feature}) or as
 * p2 knows it ({@code org.example.x.feature.feature.group}), optionally {@code /VERSION}. p2 installs a feature as the
 * installable unit {@code ID.feature.group}; users read the id in feature.xml, on the update site and in
 * {@code ldnwb plugins}, so both are accepted.
 *
 * @param groupId the id of the feature's group unit ({@code ID.feature.group})
 * @param version the version asked for, or null for any (the newest)
 */
public record FeatureRequest(String groupId, Version version) {
    /** What p2 appends to a feature's id for the unit that installs it. */
    public static final String GROUP_SUFFIX = ".feature.group";

    /**
     * @param typed {@code ID}, {@code ID.feature.group}, either followed by {@code /VERSION}
     * @throws InstallException naming the argument when it has no id or its version is not an OSGi version
     */
    public static FeatureRequest parse(String typed) throws InstallException {
        int slash = typed.indexOf('/');
        String id = (slash < 0 ? typed : typed.substring(0, slash)).trim();
        if (id.isEmpty() || id.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new InstallException(NLS.bind(Messages.Feature_badId, Names.quote(typed)));
        }
        Version version = null;
        if (slash >= 0) {
            try {
                version = Version.parseVersion(typed.substring(slash + 1).trim());
            } catch (IllegalArgumentException e) {
                throw new InstallException(NLS.bind(Messages.Feature_badVersion, Names.quote(typed),
                        e.getMessage()));
            }
            if (Version.emptyVersion.equals(version)) {
                throw new InstallException(NLS.bind(Messages.Feature_badVersion, Names.quote(typed), "empty"));
            }
        }
        return new FeatureRequest(id.endsWith(GROUP_SUFFIX) ? id : id + GROUP_SUFFIX, version);
    }

    /** @return whether the unit is the feature asked for (and of the version, if one was asked for) */
    public boolean matches(IInstallableUnit unit) {
        return unit.getId().equals(groupId) && (version == null || version.equals(unit.getVersion()));
    }

    /** @return the id as in feature.xml, without {@value #GROUP_SUFFIX} */
    public String featureId() {
        return featureId(groupId);
    }

    /** @return a group unit's id as in feature.xml: without {@value #GROUP_SUFFIX} */
    public static String featureId(String groupId) {
        return groupId.endsWith(GROUP_SUFFIX) ? groupId.substring(0, groupId.length() - GROUP_SUFFIX.length())
                : groupId;
    }

    /** @return the feature as the user reads it: {@code ID} or {@code ID/VERSION} */
    @Override
    public String toString() {
        return featureId() + (version == null ? "" : "/" + version);
    }
}
