package org.ldnworkbench.install.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;

/**
 * p2 reports failures as trees of {@link IStatus} (a multi-status of children, each with a message and perhaps an
 * exception with causes). A user gets one line: these helpers pick what in the tree says why.
 */
public final class StatusText {
    /** Longest line taken from a status, so that one huge message (a list of every unit) cannot flood a terminal. */
    static final int MAX_LENGTH = 400;

    private StatusText() {
    }

    /**
     * @return the most specific reason in the tree: the message of the innermost exception of the first error leaf
     *         (e.g. {@code Connection refused}), else that leaf's message; one line
     */
    public static String reason(IStatus status) {
        IStatus leaf = firstErrorLeaf(status);
        String reason = leaf.getMessage();
        for (Throwable t = leaf.getException(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                reason = t.getMessage();
            } else if (reason == null || reason.isBlank()) {
                reason = t.getClass().getSimpleName();
            }
        }
        return oneLine(reason);
    }

    /**
     * @return the messages of the tree, root first then its error leaves in order, without repeats, joined by
     *         {@code ": "} on one line: the planner's "Cannot complete the install because ..." followed by the
     *         chain of its explanation
     */
    public static String summary(IStatus status) {
        List<String> parts = new ArrayList<>();
        collect(status, parts);
        return cut(String.join(": ", parts));
    }

    private static void collect(IStatus status, List<String> parts) {
        String m = oneLine(status.getMessage());
        if (!m.isEmpty() && !parts.contains(m)) {
            parts.add(m);
        }
        for (IStatus child : status.getChildren()) {
            if (child.getSeverity() >= IStatus.WARNING || status.getSeverity() < IStatus.WARNING) {
                collect(child, parts);
            }
        }
    }

    /** @return the first leaf of the highest severity, depth first (the status itself when it has no children) */
    static IStatus firstErrorLeaf(IStatus status) {
        IStatus current = status;
        while (current.getChildren().length > 0) {
            IStatus next = null;
            for (IStatus child : current.getChildren()) {
                if (next == null || child.getSeverity() > next.getSeverity()) {
                    next = child;
                }
            }
            if (next.getSeverity() < current.getSeverity() && current.getMessage() != null
                    && !current.getMessage().isBlank() && current.getException() != null) {
                break;
            }
            current = next;
        }
        return current;
    }

    /** @return the text with every run of white space (line breaks included) as one space, trimmed and cut */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return cut(text.replaceAll("\\s+", " ").trim());
    }

    private static String cut(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "...";
    }
}
