package org.ldnworkbench.app.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/**
 * The size of the window at its first start (later starts restore the size the user left): most of the screen, so
 * that the editor and the Results view beside it each have room for a diagram and its charts; a fixed 1280 x 800
 * left the Results view's charts a third of a large screen. Never larger than the screen's client area.
 */
final class InitialWindowSize {
    /** Share of the screen's client area the window takes in each direction. */
    static final double SHARE = 0.92;
    /** The smallest size the layout of the Mechanism Modeling perspective is made for, where the screen allows. */
    static final int MIN_WIDTH = 1280;
    static final int MIN_HEIGHT = 800;

    private InitialWindowSize() {
    }

    /**
     * @param clientArea the client area of the monitor the window opens on (without task bars)
     * @return the window's first size
     */
    static Point of(Rectangle clientArea) {
        return new Point(side(clientArea.width, MIN_WIDTH), side(clientArea.height, MIN_HEIGHT));
    }

    private static int side(int screen, int minimum) {
        int wanted = Math.max(minimum, (int) Math.round(screen * SHARE));
        return Math.max(1, Math.min(screen, wanted));
    }
}
