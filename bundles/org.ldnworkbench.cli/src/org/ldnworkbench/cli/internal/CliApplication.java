package org.ldnworkbench.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless application behind {@code ldnwb run|validate|list|scan|bench}. Returns the process exit code. */
public final class CliApplication implements IApplication {
    @Override
    public Object start(IApplicationContext context) {
        System.setProperty("java.awt.headless", "true");
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return new Cli(System.out, System.err).execute(args == null ? new String[0] : args);
    }

    @Override
    public void stop() {
        // runs to completion; cancellation is by interrupt of the process
    }
}
