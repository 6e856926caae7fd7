package org.ldnworkbench.core.internal.registry;

/**
 * Which bundles are LDN Workbench's own: their symbolic names all start with {@value #PREFIX}, a prefix reserved for
 * us (docs/API-POLICY.md). Of two contributions of one mechanism id, ours is kept whatever order the bundles are
 * listed in, so that a plugin cannot take over one of our ids; both catalogs apply this rule.
 */
public final class OwnBundles {
    /** The symbolic-name prefix of our bundles. */
    public static final String PREFIX = "org.ldnworkbench.";

    private OwnBundles() {
    }

    /** @return whether the bundle of this symbolic name is one of ours */
    public static boolean isOurs(String symbolicName) {
        return symbolicName.startsWith(PREFIX);
    }

    /**
     * @param kept the contributor of the declaration kept so far
     * @param next the contributor of a second declaration of the same id
     * @return whether the second replaces the first: only ours replaces a plugin's
     */
    public static boolean replaces(String next, String kept) {
        return isOurs(next) && !isOurs(kept);
    }
}
