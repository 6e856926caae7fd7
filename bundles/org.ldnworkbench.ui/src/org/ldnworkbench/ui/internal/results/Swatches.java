package org.ldnworkbench.ui.internal.results;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.ldnworkbench.charts.core.ChartPalette;

/**
 * Small squares in the charts' scenario colours, shown before each row of the tables so that a row and its curve are
 * found together. Made on first use, one per colour, disposed with the view.
 */
final class Swatches {
    private static final int SIZE = 12;

    private final Display display;
    private final Map<Integer, Image> images = new HashMap<>();
    private ChartPalette palette = ChartPalette.named(ChartPalette.OKABE_ITO);

    Swatches(Display display) {
        this.display = display;
    }

    /** Uses {@code p} from now on (the images of the previous palette are disposed). */
    void palette(ChartPalette p) {
        if (!p.name().equals(palette.name())) {
            dispose();
            palette = p;
        }
    }

    /** @return the square of palette colour {@code index} */
    Image of(int index) {
        return images.computeIfAbsent(index, this::draw);
    }

    private Image draw(int index) {
        int rgb = palette.rgb(index);
        Image image = new Image(display, SIZE, SIZE);
        GC gc = new GC(image);
        Color c = new Color(display, (rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
        try {
            gc.setBackground(display.getSystemColor(org.eclipse.swt.SWT.COLOR_LIST_BACKGROUND));
            gc.fillRectangle(0, 0, SIZE, SIZE);
            gc.setBackground(c);
            gc.fillRectangle(1, 1, SIZE - 2, SIZE - 2);
        } finally {
            gc.dispose();
        }
        return image;
    }

    void dispose() {
        images.values().forEach(Image::dispose);
        images.clear();
    }
}
