package org.ldnworkbench.ui.tests.support;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A JUnit extension that saves a screenshot of the active shell (or of the first open one) when a test fails, as
 * {@code <TestClass>.<method>-failed.png} in {@link Screenshots#folder()}: what was on screen explains most UI test
 * failures on a CI machine nobody can look at. Use with {@code @ExtendWith(ScreenshotOnFailure.class)}.
 * <p>
 * The screenshot is taken as the test method throws, before its {@code @AfterEach} closes editors and dialogs (a
 * picture of the cleaned-up window would show nothing of the failure); a failure in a callback outside the method
 * is pictured when JUnit reports it.
 */
public final class ScreenshotOnFailure implements TestExecutionExceptionHandler, TestWatcher {
    private static final String TAKEN = "screenshot taken";

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable cause) throws Throwable {
        save(context);
        context.getStore(ExtensionContext.Namespace.create(ScreenshotOnFailure.class)).put(TAKEN, Boolean.TRUE);
        throw cause;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (context.getStore(ExtensionContext.Namespace.create(ScreenshotOnFailure.class)).get(TAKEN) == null) {
            save(context);
        }
    }

    private static void save(ExtensionContext context) {
        Display display = Display.getCurrent();
        if (display == null || display.isDisposed()) {
            return;
        }
        Shell shell = display.getActiveShell();
        if (shell == null && display.getShells().length > 0) {
            shell = display.getShells()[0];
        }
        if (shell == null || shell.isDisposed() || !shell.isVisible()) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
                + "-failed";
        try {
            Screenshots.save(shell, name);
        } catch (AssertionError | RuntimeException e) {
            // the test's own failure is what matters; a screenshot that cannot be taken adds nothing
            System.err.println("No screenshot of the failure of " + name + ": " + e.getMessage());
        }
    }
}
