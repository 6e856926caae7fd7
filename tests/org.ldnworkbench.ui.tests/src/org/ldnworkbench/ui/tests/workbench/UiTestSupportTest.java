package org.ldnworkbench.ui.tests.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ldnworkbench.ui.tests.support.Dialogs;
import org.ldnworkbench.ui.tests.support.Events;
import org.ldnworkbench.ui.tests.support.ScreenshotOnFailure;
import org.ldnworkbench.ui.tests.support.Screenshots;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Widgets;
import org.ldnworkbench.ui.tests.support.Workbenches;
import org.opentest4j.AssertionFailedError;

/**
 * The UI test support works on this display, so that a failing UI test means a broken product, not a broken
 * harness: posted keys and clicks reach the widgets (XTEST), widgets are found by text, tooltip and data key,
 * screenshots hold the pixels on screen, a dialog is answered, and a wait fails with its message instead of hanging.
 */
@ExtendWith(ScreenshotOnFailure.class)
class UiTestSupportTest {
    private Shell shell;
    private Text text;
    private Button button;
    private final AtomicInteger pressed = new AtomicInteger();

    @BeforeEach
    void openAShell() {
        shell = new Shell(Workbenches.window().getShell(), SWT.SHELL_TRIM);
        shell.setText("UI test support");
        shell.setLayout(new GridLayout(1, false));
        text = new Text(shell, SWT.BORDER | SWT.SINGLE);
        text.setData("org.ldnworkbench.id", "test.text");
        button = new Button(shell, SWT.PUSH);
        button.setText("&Press me");
        button.setToolTipText("Counts presses");
        button.addListener(SWT.Selection, e -> pressed.incrementAndGet());
        shell.setBounds(100, 100, 320, 140);
        shell.setBackground(shell.getDisplay().getSystemColor(SWT.COLOR_RED));
        shell.open();
        UiWait.until("the test shell to be visible", shell::isVisible);
    }

    @AfterEach
    void closeTheShell() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
    }

    @Test
    void widgetsAreFoundByTextTooltipAndDataKey() {
        assertSame(button, Widgets.find(shell, Button.class, Widgets.withText("Press me"), "labelled 'Press me'"));
        assertSame(button, Widgets.find(shell, Button.class, Widgets.withTooltip("Counts presses"), "with a tooltip"));
        assertSame(text, Widgets.find(shell, Text.class, Widgets.withData("org.ldnworkbench.id", "test.text"),
                "with data key test.text"));
        AssertionFailedError missing = assertThrows(AssertionFailedError.class,
                () -> Widgets.find(shell, Button.class, Widgets.withText("Absent"), "labelled 'Absent'"));
        assertTrue(missing.getMessage().contains("labelled 'Absent'"), missing.getMessage());
    }

    @Test
    void postedKeysAndClicksReachTheWidgets() {
        Events.focus(text);
        Events.postText("Naltrexone 4");
        UiWait.until("the typed text in the field", () -> "Naltrexone 4".equals(text.getText()));

        Events.postClick(button);
        UiWait.until("the posted click to press the button", () -> pressed.get() == 1);
        Events.select(button);
        assertEquals(2, pressed.get(), "a notified selection did not reach the button's listener");
    }

    @Test
    void aScreenshotHoldsWhatIsOnScreen() throws Exception {
        Path file = Screenshots.save(shell, Screenshots.folder().resolve("ui-test-support.png"));

        assertTrue(Files.size(file) > 0, "empty screenshot " + file);
        ImageData image = new ImageLoader().load(file.toString())[0];
        assertTrue(image.width >= 300 && image.height >= 100, "screenshot of " + image.width + "x" + image.height);
        RGB inside = image.palette.getRGB(image.getPixel(image.width * 3 / 4, image.height / 3));
        assertEquals(new RGB(255, 0, 0), inside, "the screenshot does not show the shell's red background");
    }

    @Test
    void aDialogIsAnsweredAndAnUnansweredOneIsClosed() {
        Dialogs.Answer answer = Dialogs.answerNext("Press me", Duration.ofSeconds(5));
        UiWait.until("the answer to press the button", () -> pressed.get() == 1, Duration.ofSeconds(10));
        answer.assertAnswered();

        Dialogs.Answer none = Dialogs.answerNext("No such button", Duration.ofMillis(300));
        org.eclipse.jface.dialogs.MessageDialog.openInformation(shell, "Unanswered", "closed by the test support");
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, none::assertAnswered);
        assertTrue(failure.getMessage().contains("closed instead: 'Unanswered'"), failure.getMessage());
    }

    @Test
    void aWaitThatTimesOutSaysWhatItWaitedFor() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> UiWait.until("a condition that never holds", () -> false, Duration.ofMillis(200)));
        assertTrue(failure.getMessage().contains("a condition that never holds"), failure.getMessage());
    }
}
