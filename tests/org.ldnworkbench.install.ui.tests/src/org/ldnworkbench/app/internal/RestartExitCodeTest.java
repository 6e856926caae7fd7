package org.ldnworkbench.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.equinox.app.IApplication;
import org.junit.jupiter.api.Test;

/**
 * What ./ldnwb's restart loop receives when the window closes to restart: p2's "Restart Now" asks for a relaunch on
 * this workspace, which must come out as a plain restart (23); only another command line stays a relaunch (24).
 */
class RestartExitCodeTest {
    private static final String WORKSPACE = "file:/home/user/ldnworkbench-workspace/";

    @Test
    void aRestartWithoutARelaunchRequestIsARestart() {
        assertEquals(IApplication.EXIT_RESTART, RestartExitCode.of(null, null, WORKSPACE));
        assertEquals(IApplication.EXIT_RESTART, RestartExitCode.of("23", null, WORKSPACE));
    }

    @Test
    void aRelaunchOnThisWorkspaceIsARestart() {
        // what IWorkbench.restart(true) writes: -data and the instance location's URI, one per line
        assertEquals(IApplication.EXIT_RESTART, RestartExitCode.of("24", "-data\n" + WORKSPACE + "\n", WORKSPACE));
        assertEquals(IApplication.EXIT_RESTART,
                RestartExitCode.of("24", "-data\nfile:/home/user/ldnworkbench-workspace\n", WORKSPACE),
                "with or without the closing slash it is the same folder");
    }

    @Test
    void aRelaunchOnAnotherWorkspaceOrWithMoreArgumentsStaysARelaunch() {
        assertEquals(IApplication.EXIT_RELAUNCH,
                RestartExitCode.of("24", "-data\nfile:/home/user/other-workspace/\n", WORKSPACE));
        assertEquals(IApplication.EXIT_RELAUNCH,
                RestartExitCode.of("24", "-clean\n-data\n" + WORKSPACE + "\n", WORKSPACE));
        assertEquals(IApplication.EXIT_RELAUNCH, RestartExitCode.of("24", null, WORKSPACE));
        assertEquals(IApplication.EXIT_RELAUNCH, RestartExitCode.of("24", "-data\n" + WORKSPACE, null));
    }
}
