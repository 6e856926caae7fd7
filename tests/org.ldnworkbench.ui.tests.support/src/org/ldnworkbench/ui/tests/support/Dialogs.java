package org.ldnworkbench.ui.tests.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Answering a modal dialog that a step of the test is about to open. A modal dialog runs its own event loop and
 * returns only when closed, so the answer has to be arranged before the step: {@link #answerNext} polls, from the
 * dialog's own event loop, for a new shell holding the button, presses it, and records what it did for
 * {@link Answer#assertAnswered()}. A dialog that shows no such button in time is closed, so that the test fails
 * instead of waiting in the dialog's event loop.
 */
public final class Dialogs {
    private static final int POLL_MILLIS = 50;

    private Dialogs() {
    }

    /** What {@link #answerNext} did: which dialog it answered, or why it could not. */
    public static final class Answer {
        private final String button;
        private String answered;
        private String failure;
        private boolean cancelled;

        private Answer(String button) {
            this.button = button;
        }

        /** Fails unless the button was pressed; stops the polling either way. */
        public void assertAnswered() {
            cancelled = true;
            if (answered == null) {
                fail(failure != null ? failure : "No dialog with a '" + button + "' button opened");
            }
        }

        /** @return the title of the dialog answered, if one was */
        public Optional<String> dialogTitle() {
            return Optional.ofNullable(answered);
        }
    }

    /**
     * Presses the button labelled {@code button} (mnemonic ampersands ignored) in the next dialog that shows one,
     * within {@code timeout}.
     */
    public static Answer answerNext(String button, Duration timeout) {
        return answerNext(button, shell -> {
            // nothing to fill in: the button is the whole answer
        }, timeout);
    }

    /**
     * As {@link #answerNext(String, Duration)}, first letting {@code fill} enter the answer into the dialog (type a
     * new name into an input dialog, choose an entry) the way a user would before pressing the button.
     *
     * @param fill called with the dialog's shell, in the UI thread, just before the button is pressed
     */
    public static Answer answerNext(String button, Consumer<Shell> fill, Duration timeout) {
        Display display = UiWait.display();
        Answer answer = new Answer(button);
        Set<Shell> before = Set.of(display.getShells());
        long end = System.nanoTime() + timeout.toNanos();
        Runnable poll = new Runnable() {
            @Override
            public void run() {
                if (answer.cancelled || answer.answered != null || display.isDisposed()) {
                    return;
                }
                for (Shell shell : display.getShells()) {
                    Optional<Button> found = Widgets.all(shell, Button.class, Widgets.withText(button)).stream()
                            .filter(b -> b.isVisible() && b.isEnabled()).findFirst();
                    if (found.isPresent() && shell.isVisible()) {
                        answer.answered = shell.getText();
                        fill.accept(shell);
                        Events.select(found.get());
                        return;
                    }
                }
                if (System.nanoTime() - end > 0) {
                    answer.failure = "No dialog with a '" + button + "' button opened within " + timeout.toMillis()
                            + " ms" + closeNewShells(display, before);
                    return;
                }
                display.timerExec(POLL_MILLIS, this);
            }
        };
        display.timerExec(POLL_MILLIS, poll);
        return answer;
    }

    /**
     * Closes the shells opened since the answer was arranged: an unanswered modal dialog would otherwise hold the
     * test (and the build) in its event loop until the harness's timeout.
     *
     * @return what was closed, for the failure message
     */
    private static String closeNewShells(Display display, Set<Shell> before) {
        StringBuilder closed = new StringBuilder();
        for (Shell shell : display.getShells()) {
            if (!before.contains(shell) && !shell.isDisposed()) {
                closed.append(closed.length() == 0 ? "; closed instead: " : ", ").append('\'')
                        .append(shell.getText()).append('\'');
                shell.close();
            }
        }
        return closed.toString();
    }
}
