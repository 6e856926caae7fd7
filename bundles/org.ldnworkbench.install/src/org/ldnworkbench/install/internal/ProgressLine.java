package org.ldnworkbench.install.internal;

import java.io.PrintStream;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Progress of a p2 operation on stderr. On a terminal: one line that is rewritten in place ({@code \r}) as work is
 * done, {@code [ 42%] Installing: Fetching org.example.x_1.0.0.jar}, and ended with a line break when the operation
 * is done. Elsewhere (a log file, a CI job, a test that reads stderr): one plain line each time the phase or its
 * detail changes, without percentages and carriage returns, so that a log stays readable.
 * <p>
 * The launcher tells which, through the system property {@value #MODE_PROPERTY} ({@code terminal} when stderr is a
 * terminal): Java sees whether the console is one, not stderr alone.
 */
public final class ProgressLine implements IProgressMonitor {
    /** System property: {@code terminal} for the rewritten line, anything else for plain lines. */
    public static final String MODE_PROPERTY = "ldnwb.progress";
    /** Width of the terminal line, in characters, without the cursor's column. */
    static final int WIDTH = 79;

    private final PrintStream err;
    private final boolean terminal;
    private String task = "";
    private String detail = "";
    private double total;
    private double worked;
    private String shown = "";
    private boolean lineOpen;
    private volatile boolean canceled;

    /**
     * @param err where the progress goes
     * @param terminal whether to rewrite one line in place
     */
    public ProgressLine(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** @return a progress line on stderr in the mode the launcher asked for */
    public static ProgressLine onStderr(PrintStream err) {
        return new ProgressLine(err, "terminal".equals(System.getProperty(MODE_PROPERTY)));
    }

    /**
     * @param task the phase, e.g. {@code Installing}
     * @param detail what is done in it now, may be empty
     * @param percent 0 to 100, or negative when the amount of work is not known
     * @param width most characters of the result
     * @return {@code [ 42%] task: detail}, cut to the width
     */
    public static String format(String task, String detail, int percent, int width) {
        String head = percent < 0 ? "[    ] " : String.format("[%3d%%] ", Math.min(100, percent));
        String text = head + StatusText.oneLine(task) + (detail.isBlank() ? "" : ": " + StatusText.oneLine(detail));
        return text.length() <= width ? text : text.substring(0, Math.max(0, width - 3)) + "...";
    }

    /**
     * @return the text of a plain line, {@code task: detail} without percentage, or null when nothing is to be said
     */
    static String plain(String task, String detail) {
        String t = StatusText.oneLine(task);
        String d = StatusText.oneLine(detail);
        if (t.isEmpty() && d.isEmpty()) {
            return null;
        }
        return t.isEmpty() ? d : d.isEmpty() ? t : t + ": " + d;
    }

    /**
     * Starts a phase of the command ({@code Reading REPO}, {@code Installing FEATURE}): the line's head. What p2 says
     * as task and sub-task names ({@code Fetching x.jar}) is shown after it, as the detail: p2 names its tasks after
     * its internals ("Computing prerequisite plan" while it installs).
     *
     * @param name the phase, as the user reads it
     */
    public synchronized void phase(String name) {
        task = name == null ? "" : name;
        detail = "";
        show();
    }

    @Override
    public synchronized void beginTask(String name, int totalWork) {
        if (name != null && !name.isBlank()) {
            detail = name;
        }
        total = totalWork == UNKNOWN ? 0 : totalWork;
        worked = 0;
        show();
    }

    @Override
    public synchronized void setTaskName(String name) {
        detail = name == null ? "" : name;
        show();
    }

    @Override
    public synchronized void subTask(String name) {
        detail = name == null ? "" : name;
        show();
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public synchronized void internalWorked(double work) {
        if (work > 0) {
            worked += work;
            show();
        }
    }

    @Override
    public synchronized void done() {
        if (terminal && lineOpen) {
            err.println();
            err.flush();
        }
        lineOpen = false;
        shown = "";
    }

    @Override
    public boolean isCanceled() {
        return canceled;
    }

    @Override
    public void setCanceled(boolean value) {
        canceled = value;
    }

    private void show() {
        if (task.isBlank() && detail.isBlank()) {
            return;
        }
        if (terminal) {
            int percent = total > 0 ? (int) Math.floor(100 * Math.min(worked, total) / total) : -1;
            String text = format(task, detail, percent, WIDTH);
            if (!text.equals(shown)) {
                err.print("\r" + text + " ".repeat(Math.max(0, shown.length() - text.length())));
                err.flush();
                shown = text;
                lineOpen = true;
            }
        } else {
            String text = plain(task, detail);
            if (text != null && !text.equals(shown)) {
                err.println(text);
                shown = text;
            }
        }
    }
}
