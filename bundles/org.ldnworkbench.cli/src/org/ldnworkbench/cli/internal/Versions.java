package org.ldnworkbench.cli.internal;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/** Versions of the running engine, for result files. */
final class Versions {
    private Versions() {
    }

    static String engine() {
        try {
            Bundle b = Platform.getBundle("org.ldnworkbench.core");
            return b == null ? "unknown" : b.getVersion().toString();
        } catch (RuntimeException e) {
            return "unknown";
        }
    }
}
