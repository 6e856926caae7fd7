package org.ldnworkbench.ui.tests.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.ui.internal.results.Difference;
import org.ldnworkbench.ui.internal.results.Differences;
import org.ldnworkbench.ui.internal.results.MetricsTable;
import org.ldnworkbench.ui.internal.runs.RunData;

/** The differences table: each scenario against the reference, absolute and relative, metric by metric. */
class DifferencesTest {
    private final MetricsTable table = MetricsTable.of(List.of(TestRuns.ldnVsStandard("run", 0.6, 0.9, 4, 0)));

    @Test
    void eachOtherScenarioIsComparedWithTheFirstByDefault() {
        Differences d = Differences.of(table, 0);

        assertEquals("LDN 4.5 mg", d.referenceRow().label());
        assertEquals(2, d.rows().size(), "one row per metric for the one other scenario");
        Difference peak = d.rows().get(0);
        assertEquals("50 mg", peak.row().label());
        assertEquals(0.9, peak.value());
        assertEquals(0.6, peak.reference());
        assertEquals(0.3, peak.absolute(), 1e-12);
        assertEquals(50, peak.relativePercent(), 1e-9, "0.9 is 50 % more than 0.6");
        assertEquals("+50 %", Differences.cell(peak, 5));
        assertEquals("+0.3", Differences.cell(peak, 4));
    }

    @Test
    void aChosenReferenceChangesSignsAndAZeroReferenceHasNoPercentage() {
        Differences d = Differences.of(table, 1);

        Difference peak = d.rows().get(0);
        assertEquals("LDN 4.5 mg", peak.row().label());
        assertEquals(-0.3, peak.absolute(), 1e-12);
        assertEquals(-100.0 / 3, peak.relativePercent(), 1e-9);
        Difference rebound = d.rows().get(1);
        assertEquals(4, rebound.absolute());
        assertTrue(Double.isNaN(rebound.relativePercent()), "a percentage of 0 h/day means nothing");
        assertEquals("\u2013", Differences.cell(rebound, 5));
        assertEquals(List.of("Metric", "Scenario", "Value", "Reference: 50 mg", "Difference", "Difference [%]"),
                d.headers());
    }

    @Test
    void rowsAreGroupedByMetricAcrossRuns() {
        RunData second = TestRuns.ldnVsStandard("run 2", 0.5, 0.8, 3, 1);
        Differences d = Differences.of(MetricsTable.of(List.of(TestRuns.ldnVsStandard("run 1", 0.6, 0.9, 4, 0),
                second)), 0);

        assertEquals(6, d.rows().size(), "two metrics, three rows against the reference");
        assertEquals(List.of("run 1: 50 mg", "run 2: LDN 4.5 mg", "run 2: 50 mg"),
                d.rows().subList(0, 3).stream().map(r -> r.row().label()).toList());
        assertEquals(-0.1, d.rows().get(1).absolute(), 1e-12, "run 2's LDN peak against run 1's");
        assertEquals(List.of(true, false, false, true, false, false),
                d.rows().stream().map(d::firstOfMetric).toList(), "the table names each metric once");
    }

    @Test
    void copyHasTheHeaderAndFullPrecision() {
        Differences d = Differences.of(table, 0);
        assertEquals("Metric\tScenario\tValue\tReference: LDN 4.5 mg\tDifference\tDifference [%]\n"
                + "Peak occupancy (last day) [fraction]\t50 mg\t0.9\t0.6\t0.30000000000000004\t50.00000000000001\n"
                + "Rebound [h/day]\t50 mg\t0\t4\t-4\t-100\n", d.copy(d.rows()));
    }

    @Test
    void roundOffIsShownAsNoDifferenceButCopiedAsItIs() {
        MetricsTable same = MetricsTable.of(List.of(TestRuns.ldnVsStandard("run", 1.484, 1.484 + 2.4e-9, 4, 4.1)));
        Differences d = Differences.of(same, 0);

        Difference peak = d.rows().get(0);
        assertTrue(peak.negligible());
        assertEquals("0", Differences.cell(peak, 4));
        assertEquals("0 %", Differences.cell(peak, 5));
        String copied = d.copy(List.of(peak)).split("\n")[1].split("\t")[4];
        assertEquals(peak.absolute(), Double.parseDouble(copied), "the copy keeps the exact difference");
        Difference rebound = d.rows().get(1);
        assertEquals("+0.1", Differences.cell(rebound, 4), "a real difference is shown");
    }

    @Test
    void aComparisonNeedsTwoRows() {
        RunData one = TestRuns.run("r", List.of(), List.of(TestRuns.PEAK), TestRuns.scenario("a", "a", 0, 1, 1));
        assertFalse(Differences.applies(MetricsTable.of(List.of(one))));
        assertTrue(Differences.applies(table));
    }
}
