package org.ldnworkbench.install.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.osgi.util.NLS;
import org.ldnworkbench.core.pipeline.Names;

/**
 * Which features of a repository to install: the ones the user named, or, when none is named, every feature the
 * repository puts in a category (what Install New Software shows; uncategorized features of an update site are
 * usually parts of others). Of several versions the newest is taken unless a version is named.
 */
public final class FeatureSelection {
    /** Most feature ids a "has no feature" message lists. */
    private static final int MAX_LISTED = 10;

    private FeatureSelection() {
    }

    /** @return the newest version of every feature group that a category of the repository contains */
    public static List<IInstallableUnit> categorized(IQueryable<IInstallableUnit> repository,
            IProgressMonitor monitor) {
        Map<String, IInstallableUnit> newest = new LinkedHashMap<>();
        for (IInstallableUnit category : repository.query(QueryUtil.createIUCategoryQuery(), monitor)) {
            for (IInstallableUnit member : repository.query(QueryUtil.createIUCategoryMemberQuery(category),
                    monitor)) {
                if (QueryUtil.isGroup(member) && !QueryUtil.isCategory(member) && !QueryUtil.isProduct(member)) {
                    newest.merge(member.getId(), member, FeatureSelection::newer);
                }
            }
        }
        List<IInstallableUnit> result = new ArrayList<>(newest.values());
        result.sort(Comparator.comparing(IInstallableUnit::getId));
        return result;
    }

    /**
     * @return for each request, the newest matching feature group of the repository
     * @throws InstallException naming the first feature the repository does not have, and listing what it has
     */
    public static List<IInstallableUnit> named(IQueryable<IInstallableUnit> repository, List<FeatureRequest> requests,
            RepositoryAddress address, IProgressMonitor monitor) throws InstallException {
        List<IInstallableUnit> result = new ArrayList<>();
        for (FeatureRequest request : requests) {
            IInstallableUnit found = null;
            for (IInstallableUnit unit : repository.query(QueryUtil.createIUQuery(request.groupId()), monitor)) {
                if (request.matches(unit) && QueryUtil.isGroup(unit)) {
                    found = found == null ? unit : newer(found, unit);
                }
            }
            if (found == null) {
                throw new InstallException(NLS.bind(Messages.Feature_notInRepository,
                        new Object[] { Names.quote(request.toString()), address, available(repository, monitor) }));
            }
            result.add(found);
        }
        return result;
    }

    /** @return the features of the repository as {@code id version, ...} for a message, or "none" */
    static String available(IQueryable<IInstallableUnit> repository, IProgressMonitor monitor) {
        TreeSet<String> ids = new TreeSet<>();
        for (IInstallableUnit unit : repository.query(QueryUtil.createIUGroupQuery(), monitor)) {
            if (unit.getId().endsWith(FeatureRequest.GROUP_SUFFIX)) {
                ids.add(FeatureRequest.featureId(unit.getId()) + " " + unit.getVersion());
            }
        }
        if (ids.isEmpty()) {
            return Messages.Feature_none;
        }
        List<String> shown = new ArrayList<>(ids).subList(0, Math.min(MAX_LISTED, ids.size()));
        return String.join(", ", shown) + (ids.size() > MAX_LISTED ? ", ..." : "");
    }

    private static IInstallableUnit newer(IInstallableUnit a, IInstallableUnit b) {
        return a.getVersion().compareTo(b.getVersion()) >= 0 ? a : b;
    }
}
