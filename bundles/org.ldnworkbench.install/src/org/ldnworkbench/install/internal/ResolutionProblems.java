package org.ldnworkbench.install.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;

/**
 * Why the planner could not resolve an installation, in one line. The planner's own explanation is a tree of
 * statuses ("Cannot complete the install because one or more required items could not be found. Software being
 * installed: ... Missing requirement: ... Bundle ... requires ... but it could not be found") through internal
 * classes. This walks the units to be installed and what they pull in from the repository, and names each
 * requirement that nothing in the installation or the repository satisfies, with what the installation has of it
 * ({@link UnmetRequirement}); when no requirement is simply missing (a conflict between two singletons, say), the
 * planner's statuses are summed up on one line ({@link StatusText#summary}).
 */
public final class ResolutionProblems {
    /** Most units followed from the ones installed: enough for any plugin, a bound for a hostile repository. */
    static final int MAX_UNITS = 2_000;
    /** Most unmet requirements named in the message. */
    static final int MAX_NAMED = 3;

    private ResolutionProblems() {
    }

    /**
     * @param roots the units the user asked to install
     * @param installed the installation's profile
     * @param source the repository installed from
     * @param planner the planner's failed status
     * @return one line: each unmet requirement with what the installation has, or the planner's summary
     */
    public static String explain(List<IInstallableUnit> roots, IQueryable<IInstallableUnit> installed,
            IQueryable<IInstallableUnit> source, IStatus planner) {
        List<UnmetRequirement> unmet = unmet(roots, installed, source);
        if (unmet.isEmpty()) {
            return StatusText.summary(planner);
        }
        List<String> clauses = new ArrayList<>();
        for (UnmetRequirement u : unmet.subList(0, Math.min(MAX_NAMED, unmet.size()))) {
            clauses.add(u.message());
        }
        String more = unmet.size() > MAX_NAMED
                ? org.eclipse.osgi.util.NLS.bind(Messages.Requirement_more, unmet.size() - MAX_NAMED)
                : "";
        return String.join("; ", clauses) + more;
    }

    /**
     * @return the requirements of the roots and of the units they pull in from the source that neither the
     *         installation nor the source satisfies; optional requirements and those that apply only on some
     *         platforms (a filter) are left out
     */
    public static List<UnmetRequirement> unmet(List<IInstallableUnit> roots, IQueryable<IInstallableUnit> installed,
            IQueryable<IInstallableUnit> source) {
        IQueryable<IInstallableUnit> both = QueryUtil.compoundQueryable(installed, source);
        List<UnmetRequirement> result = new ArrayList<>();
        Deque<IInstallableUnit> todo = new ArrayDeque<>(roots);
        Set<IInstallableUnit> seen = new HashSet<>(roots);
        while (!todo.isEmpty() && seen.size() <= MAX_UNITS) {
            IInstallableUnit unit = todo.removeFirst();
            for (IRequirement requirement : unit.getRequirements()) {
                if (requirement.getMin() == 0 || requirement.getFilter() != null) {
                    continue;
                }
                Set<IInstallableUnit> satisfying = both.query(QueryUtil.createMatchQuery(requirement.getMatches()),
                        null).toUnmodifiableSet();
                if (satisfying.isEmpty()) {
                    result.add(UnmetRequirement.of(unit, requirement, available(installed, requirement)));
                }
                for (IInstallableUnit next : satisfying) {
                    if (installed.query(QueryUtil.createIUQuery(next.getId(), next.getVersion()), null).isEmpty()
                            && seen.add(next)) {
                        todo.addLast(next);
                    }
                }
            }
        }
        return result;
    }

    /** @return the versions the installation provides of the required name, in the required namespace */
    static List<String> available(IQueryable<IInstallableUnit> installed, IRequirement requirement) {
        Object[] p = requirement.getMatches().getParameters();
        if (p.length < 2 || !(p[0] instanceof String name) || !(p[1] instanceof String namespace)) {
            return List.of();
        }
        TreeSet<org.eclipse.equinox.p2.metadata.Version> versions = new TreeSet<>();
        for (IInstallableUnit unit : installed.query(QueryUtil.createMatchQuery(
                "providedCapabilities.exists(x | x.name == $0 && x.namespace == $1)", name, namespace), null)) {
            for (IProvidedCapability c : unit.getProvidedCapabilities()) {
                if (c.getName().equals(name) && c.getNamespace().equals(namespace)) {
                    versions.add(c.getVersion());
                }
            }
        }
        return versions.stream().map(Object::toString).toList();
    }
}
