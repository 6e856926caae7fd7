package org.ldnworkbench.install.internal;

import java.io.IOException;

/**
 * A plugin could not be installed, uninstalled or listed for a reason the user can act on (an address that is not a
 * repository, a feature that is not there, a plugin built for another version of LDN Workbench). An
 * {@link IOException} because {@code ldnwb} prints those as one line, {@code error: MESSAGE}, and exits with 1,
 * without a stack trace; the message names the repository or feature and the reason.
 */
public final class InstallException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param message one line naming what (repository, feature) and why */
    public InstallException(String message) {
        super(message);
    }
}
