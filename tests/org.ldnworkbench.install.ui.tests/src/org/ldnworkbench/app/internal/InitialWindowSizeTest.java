package org.ldnworkbench.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;

/** The window's first size: most of a large screen, the perspective's minimum on a small one, never past the screen. */
class InitialWindowSizeTest {
    @Test
    void aLargeScreenGivesMostOfItsArea() {
        assertEquals(new Point(1766, 994), InitialWindowSize.of(new Rectangle(0, 0, 1920, 1080)));
    }

    @Test
    void aMediumScreenGivesThePerspectivesMinimum() {
        assertEquals(new Point(1288, 828), InitialWindowSize.of(new Rectangle(0, 0, 1400, 900)));
        assertEquals(new Point(1280, 800), InitialWindowSize.of(new Rectangle(0, 24, 1366, 850)));
    }

    @Test
    void theWindowNeverExceedsTheScreen() {
        assertEquals(new Point(1024, 700), InitialWindowSize.of(new Rectangle(0, 0, 1024, 700)));
    }
}
