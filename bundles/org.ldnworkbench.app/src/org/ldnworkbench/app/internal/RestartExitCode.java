package org.ldnworkbench.app.internal;

import java.util.List;

import org.eclipse.equinox.app.IApplication;

/**
 * The exit code of a window that closed to restart. ./ldnwb starts the window again while it ends with 23
 * ({@link IApplication#EXIT_RESTART}); there is no native launcher to read a new command line.
 * <p>
 * p2's "Restart Now" after an installation (and the workbench's own restart command) call
 * {@code IWorkbench.restart(true)}, which asks for a relaunch (system property {@code eclipse.exitcode} = 24,
 * {@link IApplication#EXIT_RELAUNCH}) with the exit data {@code -data <this workspace>}: the native launcher's
 * command line for the same workspace. ./ldnwb starts the window on that workspace anyway, so such a relaunch is a
 * plain restart, and its exit data must go (the launcher jar prints exit data it cannot hand to a native launcher on
 * standard output). Only a relaunch with other arguments stays a relaunch.
 */
final class RestartExitCode {
    static final String EXIT_CODE_PROPERTY = "eclipse.exitcode";
    static final String EXIT_DATA_PROPERTY = "eclipse.exitdata";

    private RestartExitCode() {
    }

    /**
     * @param requestedCode the {@code eclipse.exitcode} the workbench set before closing, or null
     * @param exitData the {@code eclipse.exitdata} it set, or null
     * @param workspace this window's workspace as the workbench names it in exit data (the instance location's URI)
     * @return {@link IApplication#EXIT_RELAUNCH} when the workbench asked for a command line other than this one,
     *         else {@link IApplication#EXIT_RESTART}
     */
    static Integer of(String requestedCode, String exitData, String workspace) {
        if (!IApplication.EXIT_RELAUNCH.toString().equals(requestedCode)) {
            return IApplication.EXIT_RESTART;
        }
        return isThisWorkspaceOnly(exitData, workspace) ? IApplication.EXIT_RESTART : IApplication.EXIT_RELAUNCH;
    }

    /** @return whether the relaunch command line {@code exitData} only names {@code workspace} with -data */
    static boolean isThisWorkspaceOnly(String exitData, String workspace) {
        if (exitData == null || workspace == null) {
            return false;
        }
        List<String> lines = exitData.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.size() == 2 && "-data".equals(lines.get(0)) && sameFolder(lines.get(1), workspace);
    }

    /** Folder URIs with and without their closing slash name one folder. */
    private static boolean sameFolder(String a, String b) {
        return stripSlash(a).equals(stripSlash(b));
    }

    private static String stripSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
