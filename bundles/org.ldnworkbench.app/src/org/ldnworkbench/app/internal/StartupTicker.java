package org.ldnworkbench.app.internal;

import org.eclipse.swt.widgets.Display;

/**
 * Keeps the UI thread's event loop turning while the workbench opens its first window. The platform's
 * {@code WorkbenchAdvisor.openWindows} restores the windows on a thread of its own and waits for it in
 * {@code Display.sleep}; when that thread's wake-up is lost (seen on an idle X display: Xvfb, a remote session),
 * the window appears only when the next unrelated event arrives, about 5 s later in 4 runs of 10
 * (bench/gui/cold-start). A timer every {@value #PERIOD_MS} ms is such an event; it stops once the window is open.
 */
final class StartupTicker implements Runnable {
    private static final int PERIOD_MS = 50;
    private final Display display;
    private volatile boolean running;

    StartupTicker(Display display) {
        this.display = display;
    }

    void start() {
        running = true;
        display.timerExec(PERIOD_MS, this);
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        if (running && !display.isDisposed()) {
            display.timerExec(PERIOD_MS, this);
        }
    }
}
