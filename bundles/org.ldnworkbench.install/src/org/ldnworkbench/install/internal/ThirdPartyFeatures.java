package org.ldnworkbench.install.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.query.QueryUtil;

/**
 * Which installed features are third-party plugins. The profile's roots are the product (its unit requires the
 * product's own features: LDN Workbench's and the Eclipse and p2 ones it ships with) and whatever a user installed
 * beside it. A feature is ours when the product unit requires it; the product itself is ours. No name prefix is
 * trusted: a plugin may be called {@code org.ldnworkbench.something} and is still listed and uninstallable, and our
 * features are never offered for uninstalling, whatever they are called.
 */
public final class ThirdPartyFeatures {
    private ThirdPartyFeatures() {
    }

    /**
     * @param roots the profile's user-visible roots
     * @param products the product units of the profile
     * @return the roots that are feature groups and neither a product nor required by one, by id
     */
    public static List<IInstallableUnit> select(Collection<IInstallableUnit> roots,
            Collection<IInstallableUnit> products) {
        List<IInstallableUnit> result = new ArrayList<>();
        for (IInstallableUnit root : roots) {
            if (QueryUtil.isGroup(root) && !QueryUtil.isProduct(root) && !QueryUtil.isCategory(root)
                    && !partOfProduct(root, products)) {
                result.add(root);
            }
        }
        result.sort(Comparator.comparing(IInstallableUnit::getId).thenComparing(IInstallableUnit::getVersion));
        return result;
    }

    /** @return whether a product unit requires the unit (it came with the product) */
    static boolean partOfProduct(IInstallableUnit unit, Collection<IInstallableUnit> products) {
        for (IInstallableUnit product : products) {
            if (product.equals(unit)) {
                return true;
            }
            for (IRequirement requirement : product.getRequirements()) {
                if (unit.satisfies(requirement)) {
                    return true;
                }
            }
        }
        return false;
    }
}
