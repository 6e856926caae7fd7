package org.ldnworkbench.ui.internal.recovery;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

/**
 * The workbench's one {@link RecoveryStore}: the folder {@code recovery} in the ui bundle's state location (inside
 * the workspace's {@code .metadata}), so that each workspace recovers its own editors.
 */
public final class Recovery {
    private static RecoveryStore store;

    private Recovery() {
    }

    /** @return the store of this workspace's unsaved editor texts */
    public static synchronized RecoveryStore store() {
        if (store == null) {
            Path state = Platform.getStateLocation(FrameworkUtil.getBundle(Recovery.class)).toFile().toPath();
            store = new RecoveryStore(state.resolve("recovery"));
        }
        return store;
    }
}
