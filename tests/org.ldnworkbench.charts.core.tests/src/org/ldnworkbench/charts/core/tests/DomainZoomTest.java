package org.ldnworkbench.charts.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.charts.core.DomainZoom;

class DomainZoomTest {
    @Test
    void isCutToTheData() {
        assertEquals(new DomainZoom(0, 10), new DomainZoom(-5, 10).within(0, 56, 0));
        assertEquals(new DomainZoom(50, 56), new DomainZoom(50, 70).within(0, 56, 0));
    }

    @Test
    void isWidenedAroundItsMiddleToTheNarrowestWidth() {
        assertEquals(new DomainZoom(9, 11), new DomainZoom(10, 10).within(0, 56, 2));
        assertEquals(new DomainZoom(0, 2), new DomainZoom(0, 0.5).within(0, 56, 2), "and stays within the data");
    }

    @Test
    void aStretchOutsideTheDataBecomesItsNearestEnd() {
        assertEquals(new DomainZoom(54, 56), new DomainZoom(60, 70).within(0, 56, 2));
    }

    @Test
    void shiftingKeepsTheWidthAndStaysInside() {
        assertEquals(new DomainZoom(0, 10), new DomainZoom(-3, 7).shiftedInto(0, 56));
        assertEquals(new DomainZoom(46, 56), new DomainZoom(50, 60).shiftedInto(0, 56));
        assertEquals(new DomainZoom(20, 30), new DomainZoom(20, 30).shiftedInto(0, 56));
        assertEquals(new DomainZoom(0, 56), new DomainZoom(-10, 70).shiftedInto(0, 56));
    }

    @Test
    void anEmptyOrReversedStretchIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DomainZoom(2, 1));
        assertThrows(IllegalArgumentException.class, () -> new DomainZoom(Double.NaN, 1));
    }
}
