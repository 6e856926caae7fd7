package org.ldnworkbench.ui.tests.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Screenshots as evidence: what a control (a whole shell, a view, a page) shows on screen now, saved as a PNG. The
 * pixels are copied from the screen, so the control must be visible and not covered; the folder for a test's
 * screenshots is {@link #folder()}.
 */
public final class Screenshots {
    /** System property naming the folder screenshots go to (the UI test build sets it to target/screenshots). */
    public static final String FOLDER_PROPERTY = "ldnworkbench.ui.screenshots";

    private Screenshots() {
    }

    /** @return the folder of {@link #FOLDER_PROPERTY}, or {@code screenshots} in the current folder */
    public static Path folder() {
        return Path.of(System.getProperty(FOLDER_PROPERTY, "screenshots"));
    }

    /** Saves what {@code control} shows into {@code name}.png in {@link #folder()}; returns the file. */
    public static Path save(Control control, String name) {
        return save(control, folder().resolve(name + ".png"));
    }

    /** Saves what {@code control} shows (a shell with its trim) into {@code file}, a PNG; returns the file. */
    public static Path save(Control control, Path file) {
        UiWait.processEvents();
        control.update();
        Display display = control.getDisplay();
        Rectangle area = control instanceof Shell shell ? shell.getBounds()
                : display.map(control.getParent(), null, control.getBounds());
        Rectangle screen = display.getBounds();
        Rectangle visible = area.intersection(screen);
        if (visible.isEmpty()) {
            return fail("Cannot take a screenshot of " + Widgets.describe(control) + ": it is off screen at " + area);
        }
        Image image = new Image(display, visible.width, visible.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, visible.x, visible.y);
            ImageData pixels = image.getImageData();
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {pixels};
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } catch (IOException | SWTException e) {
            return fail("Could not save the screenshot of " + Widgets.describe(control) + " to " + file + ": "
                    + e.getMessage(), e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
