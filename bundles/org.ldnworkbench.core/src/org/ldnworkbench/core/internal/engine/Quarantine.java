package org.ldnworkbench.core.internal.engine;

import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.registry.ClasspathMechanismCatalog;
import org.ldnworkbench.core.registry.MechanismRegistry;

/**
 * Refuses a mechanism from now on in the catalog a pipeline was compiled against, after one of its calls did not
 * return within the mechanism timeout: the next pipeline using it is refused at compile time with the reason instead
 * of losing another thread.
 */
public final class Quarantine {
    private Quarantine() {
    }

    /**
     * @param reason one line naming the mechanism, its bundle and what happened; the first reason is kept
     * @return whether the catalog quarantines (ours do; another implementation of {@link MechanismCatalog} cannot be
     *         told to)
     */
    public static boolean of(MechanismCatalog catalog, String mechanismId, String reason) {
        // the plain class path's catalog first: on a plain class path the registry's platform classes may be missing
        if (catalog instanceof ClasspathMechanismCatalog c) {
            c.quarantine(mechanismId, reason);
            return true;
        }
        if (catalog instanceof MechanismRegistry r) {
            r.quarantine(mechanismId, reason);
            return true;
        }
        return false;
    }
}
