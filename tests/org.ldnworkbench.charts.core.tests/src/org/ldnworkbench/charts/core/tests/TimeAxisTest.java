package org.ldnworkbench.charts.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.charts.core.TimeAxis;

class TimeAxisTest {
    @Test
    void spansOfMoreThanThreeDaysAreDrawnInDays() {
        assertEquals(TimeAxis.HOURS, TimeAxis.forSpan(72));
        assertEquals(TimeAxis.DAYS, TimeAxis.forSpan(72.5));
        assertEquals(TimeAxis.HOURS, TimeAxis.forSpan(24));
    }

    @Test
    void thePreferenceChoosesTheUnitOrLeavesItToTheSpan() {
        assertEquals(TimeAxis.HOURS, TimeAxis.of("hours", 1344));
        assertEquals(TimeAxis.DAYS, TimeAxis.of("days", 24));
        assertEquals(TimeAxis.DAYS, TimeAxis.of("auto", 1344));
        assertEquals(TimeAxis.HOURS, TimeAxis.of("auto", 48));
        assertEquals(TimeAxis.DAYS, TimeAxis.of("Days", 1), "case is ignored");
        assertEquals(TimeAxis.HOURS, TimeAxis.of("weeks", 48), "an unknown preference is auto");
        assertEquals(TimeAxis.DAYS, TimeAxis.of(null, 100), "no preference is auto");
    }

    @Test
    void convertsHoursIntoItsUnitAndNamesIt() {
        assertEquals(2.5, TimeAxis.DAYS.fromHours(60));
        assertEquals(60, TimeAxis.HOURS.fromHours(60));
        assertEquals(60, TimeAxis.DAYS.toHours(2.5));
        assertEquals("Time [days]", TimeAxis.DAYS.label());
        assertEquals("Time [h]", TimeAxis.HOURS.label());
    }
}
