package org.ldnworkbench.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application behind {@code ldnwb COMMAND} (run, validate, list, describe, scan, help and contributed
 * commands). Returns the process exit code as an Integer, which the Equinox launcher passes to {@code System.exit}. Nothing may escape {@link #start}: a throwable
 * that escapes goes to the product log only and the process exits with 0, so that the user sees a silent success.
 */
public final class CliApplication implements IApplication {
    @Override
    public Object start(IApplicationContext context) {
        try {
            System.setProperty("java.awt.headless", "true");
            String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
            context.applicationRunning();
            Cli cli = new Cli(System.out, System.err);
            Interrupts.install(cli);
            return cli.execute(args == null ? new String[0] : args);
        } catch (Throwable t) {
            // Cli.execute handles everything; this is for a failure around it (arguments, the platform)
            try {
                System.err.println("internal error while starting ldnwb: " + t);
            } catch (Throwable again) {
                System.err.println(Failure.LAST_RESORT);
            }
            return Failure.INTERNAL;
        } finally {
            System.out.flush();
            System.err.flush();
        }
    }

    @Override
    public void stop() {
        // runs to completion; Ctrl-C cancels through Interrupts
    }
}
