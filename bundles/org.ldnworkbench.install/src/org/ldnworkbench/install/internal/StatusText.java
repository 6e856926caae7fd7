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
    /** Most causes followed: a cycle of causes must not hang the message. */
    static final int MAX_CAUSES = 20;

    private StatusText() {
    }

    /** How p2's engine starts a status that only records its phase and operand, which says nothing to a user. */
    static final String SESSION_CONTEXT = "session context was";

    /**
     * @return the most specific reason in the tree, one line: the message of the innermost exception of the first
     *         error leaf that has one ({@code Connection refused}, {@code /x/a.jar (No such file or directory)}), else
     *         the first error leaf's message; p2's engine session-context leaves are passed over
     */
    public static String reason(IStatus status) {
        List<IStatus> leaves = new ArrayList<>();
        errorLeaves(status, leaves);
        for (IStatus leaf : leaves) {
            String innermost = innermostMessage(leaf.getException());
            if (innermost != null) {
                return oneLine(innermost);
            }
        }
        for (IStatus leaf : leaves) {
            if (leaf.getMessage() != null && !leaf.getMessage().isBlank()
                    && !leaf.getMessage().startsWith(SESSION_CONTEXT)) {
                return oneLine(leaf.getMessage());
            }
        }
        return oneLine(status.getMessage());
    }

    /**
     * @return the root's message and, when it differs, the {@link #reason}: {@code An error occurred while collecting
     *         items to be installed: /x/a.jar (No such file or directory)}
     */
    public static String withReason(IStatus status) {
        String root = oneLine(status.getMessage());
        String reason = reason(status);
        return root.isEmpty() || root.equals(reason) ? reason : cut(root + ": " + reason);
    }

    private static void errorLeaves(IStatus status, List<IStatus> leaves) {
        if (status.getChildren().length == 0 || status.getException() != null) {
            if (status.getSeverity() == IStatus.ERROR) {
                leaves.add(status);
            }
        }
        for (IStatus child : status.getChildren()) {
            errorLeaves(child, leaves);
        }
    }

    /** @return the message of the innermost cause that has one, or null */
    private static String innermostMessage(Throwable t) {
        String message = null;
        int depth = 0;
        for (Throwable c = t; c != null && depth++ < MAX_CAUSES; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                message = c.getMessage();
            }
        }
        return message;
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
