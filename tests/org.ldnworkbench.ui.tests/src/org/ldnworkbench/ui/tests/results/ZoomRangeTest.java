package org.ldnworkbench.ui.tests.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.ui.internal.results.ZoomRange;
import org.ldnworkbench.ui.internal.runs.RunData;

/** The zooms the toolbar applies to every chart: the whole span, the last day, the steady state. */
class ZoomRangeTest {
    @Test
    void fiftySixDaysGiveTheLastDayAndTheLastWeek() {
        ZoomRange span = ZoomRange.span(List.of(runOf(1344)));

        assertEquals(new ZoomRange(0, 1344), span);
        assertEquals(new ZoomRange(1320, 1344), span.lastDay());
        assertEquals(new ZoomRange(1176, 1344), span.steadyState(), "the last 7 days");
    }

    @Test
    void aShortRunsSteadyStateIsItsLastQuarter() {
        ZoomRange span = ZoomRange.span(List.of(runOf(96)));
        assertEquals(new ZoomRange(72, 96), span.steadyState(), "4 days: the last day, not a week");
        assertEquals(new ZoomRange(0, 12), ZoomRange.span(List.of(runOf(12))).lastDay(), "shorter than a day: all");
    }

    @Test
    void overlaidRunsSpanFromTheFirstToTheLastSample() {
        ZoomRange span = ZoomRange.span(List.of(runOf(48), runOf(240)));
        assertEquals(new ZoomRange(216, 240), span.lastDay());
    }

    @Test
    void noSamplesNoSpan() {
        assertNull(ZoomRange.span(List.of()));
        assertNull(ZoomRange.span(List.of(runOf(0))));
    }

    private static RunData runOf(double hours) {
        return TestRuns.run("r", List.of(TestRuns.output("a", "b", "1")), List.of(),
                TestRuns.scenario("s", "s", 1, hours));
    }
}
