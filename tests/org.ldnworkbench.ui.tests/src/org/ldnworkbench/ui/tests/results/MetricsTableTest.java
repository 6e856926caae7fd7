package org.ldnworkbench.ui.tests.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.ui.internal.results.MetricsTable;
import org.ldnworkbench.ui.internal.results.ResultRow;
import org.ldnworkbench.ui.internal.runs.MetricColumn;
import org.ldnworkbench.ui.internal.runs.RunData;

/** The metrics table without widgets: columns, labels, numeric sorting with missing values last, copied text. */
class MetricsTableTest {
    @Test
    void oneRunHasOneRowPerScenarioAndOneColumnPerMetricWithItsUnit() {
        MetricsTable t = MetricsTable.of(List.of(TestRuns.ldnVsStandard("run 1", 0.6, 0.99, 4, 20)));

        assertEquals(List.of("Scenario", "Peak occupancy (last day) [fraction]", "Rebound [h/day]"), t.headers());
        assertEquals(List.of("LDN 4.5 mg", "50 mg"), labels(t.rows()));
        assertEquals("0.6", t.cell(t.rows().get(0), 1));
        assertEquals("20", t.cell(t.rows().get(1), 2));
    }

    @Test
    void twoNodesOfOneMechanismAreHeadedWithTheirNode() {
        RunData run = TestRuns.run("r", List.of(), List.of(new MetricColumn("pkA.cntxMax", "Peak plasma", "ng/mL"),
                new MetricColumn("pkB.cntxMax", "Peak plasma", "ng/mL"), TestRuns.REBOUND),
                TestRuns.scenario("a", "A", 0, 1, 1.5, 16.5, 2));

        assertEquals(List.of("Scenario", "Peak plasma [ng/mL] (pkA)", "Peak plasma [ng/mL] (pkB)", "Rebound [h/day]"),
                MetricsTable.of(List.of(run)).headers());
    }

    @Test
    void aMetricWithoutUnitIsHeadedByItsLabelAlone() {
        RunData run = TestRuns.run("r", List.of(), List.of(TestRuns.DIMENSIONLESS),
                TestRuns.scenario("a", "A", 0, 1, 0.5));
        assertEquals(List.of("Scenario", "Index"), MetricsTable.of(List.of(run)).headers());
    }

    @Test
    void overlaidRunsNameTheRunInEachRowAndLineUpSharedMetrics() {
        RunData first = TestRuns.ldnVsStandard("run 1", 0.6, 0.99, 4, 20);
        RunData other = TestRuns.run("run 2", List.of(), List.of(TestRuns.REBOUND, TestRuns.DIMENSIONLESS),
                TestRuns.scenario("ldn", "LDN 4.5 mg", 0, 1, 5, 0.25));

        MetricsTable t = MetricsTable.of(List.of(first, other));

        assertEquals(List.of("Scenario", "Peak occupancy (last day) [fraction]", "Rebound [h/day]", "Index"),
                t.headers());
        assertEquals(List.of("run 1: LDN 4.5 mg", "run 1: 50 mg", "run 2: LDN 4.5 mg"), labels(t.rows()));
        ResultRow second = t.rows().get(2);
        assertEquals(Double.NaN, second.values()[0], "run 2 has no peak metric");
        assertEquals(5, second.values()[1], "run 2's rebound is not in the rebound column");
        assertEquals(0.25, second.values()[2]);
    }

    @Test
    void sortingIsNumericWithMissingValuesLastInBothDirections() {
        RunData run = TestRuns.run("r", List.of(), List.of(TestRuns.REBOUND),
                TestRuns.scenario("a", "a", 0, 1, 10), TestRuns.scenario("b", "b", 0, 1, Double.NaN),
                TestRuns.scenario("c", "c", 0, 1, 9), TestRuns.scenario("d", "d", 0, 1, 100));
        MetricsTable t = MetricsTable.of(List.of(run));

        assertEquals(List.of("c", "a", "d", "b"), labels(t.sorted(1, true)), "9 < 10 < 100 (not as text), NaN last");
        assertEquals(List.of("d", "a", "c", "b"), labels(t.sorted(1, false)), "descending keeps NaN last");
        assertEquals(List.of("d", "c", "b", "a"), labels(t.sorted(0, false)), "by label, descending");
    }

    @Test
    void copyGivesTabSeparatedHeaderAndRowsInFullPrecision() {
        RunData run = TestRuns.run("r", List.of(), List.of(TestRuns.PEAK, TestRuns.REBOUND),
                TestRuns.scenario("a", "LDN\t4.5 mg", 0, 1, 0.123456789, Double.NaN),
                TestRuns.partial("b", "50 mg", 0, 1, "cancelled", "", 0.99, 20));
        MetricsTable t = MetricsTable.of(List.of(run));

        assertEquals("Scenario\tPeak occupancy (last day) [fraction]\tRebound [h/day]\n"
                + "LDN 4.5 mg\t0.123456789\t\n"
                + "50 mg (partial)\t0.99\t20\n", t.copy(t.rows()));
        assertEquals("Scenario\tPeak occupancy (last day) [fraction]\tRebound [h/day]\n"
                + "50 mg (partial)\t0.99\t20\n", t.copy(List.of(t.rows().get(1))), "only the chosen row");
    }

    private static List<String> labels(List<ResultRow> rows) {
        return rows.stream().map(ResultRow::label).toList();
    }
}
