package org.ldnworkbench.ui.tests.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.charts.core.OutputChart;
import org.ldnworkbench.charts.core.TimeAxis;
import org.ldnworkbench.ui.internal.results.ChartLines;
import org.ldnworkbench.ui.internal.runs.RunData;

/** The lines of an output's chart: labels, colours per scenario, dashes per run, the faded run, partial legends. */
class ChartLinesTest {
    private static final String OCCUPANCY = "receptor.occupancy";

    @Test
    void oneRunHasOneSolidLinePerScenarioNamedByTheScenario() {
        List<OutputChart.Line> lines = new ChartLines(List.of(TestRuns.ldnVsStandard("run 1", 0, 0, 0, 0)), null)
                .of(OCCUPANCY, TimeAxis.HOURS);

        assertEquals(List.of("LDN 4.5 mg", "50 mg"), lines.stream().map(OutputChart.Line::label).toList());
        assertEquals(List.of(0, 1), lines.stream().map(OutputChart.Line::colour).toList());
        assertEquals(List.of(false, false), lines.stream().map(OutputChart.Line::dashed).toList());
    }

    @Test
    void aSecondRunKeepsTheScenarioColoursAndIsDashed() {
        List<OutputChart.Line> lines = new ChartLines(List.of(TestRuns.ldnVsStandard("run 1", 0, 0, 0, 0),
                TestRuns.ldnVsStandard("run 2", 0, 0, 0, 0)), null).of(OCCUPANCY, TimeAxis.HOURS);

        assertEquals(List.of("run 1: LDN 4.5 mg", "run 1: 50 mg", "run 2: LDN 4.5 mg", "run 2: 50 mg"),
                lines.stream().map(OutputChart.Line::label).toList());
        assertEquals(List.of(0, 1, 0, 1), lines.stream().map(OutputChart.Line::colour).toList());
        assertEquals(List.of(false, false, true, true), lines.stream().map(OutputChart.Line::dashed).toList());
    }

    @Test
    void overlaidRunsOfOnePipelineAreNamedByTheirDateAndTimeAlone() {
        List<OutputChart.Line> lines = new ChartLines(List.of(
                TestRuns.ldnVsStandard("ldn-vs-standard 2026-12-01 18:16:36", 0, 0, 0, 0),
                TestRuns.ldnVsStandard("ldn-vs-standard 2026-12-01 18:16:49", 0, 0, 0, 0)), null)
                .of(OCCUPANCY, TimeAxis.HOURS);

        assertEquals(List.of("2026-12-01 18:16:36: LDN 4.5 mg", "2026-12-01 18:16:36: 50 mg",
                "2026-12-01 18:16:49: LDN 4.5 mg", "2026-12-01 18:16:49: 50 mg"),
                lines.stream().map(OutputChart.Line::label).toList(), "the legend repeats the pipeline's name");
    }

    @Test
    void theFadedRunIsDrawnFadedInItsScenariosColours() {
        RunData previous = TestRuns.ldnVsStandard("before", 0, 0, 0, 0);
        List<OutputChart.Line> lines = new ChartLines(List.of(TestRuns.ldnVsStandard("live", 0, 0, 0, 0)), previous)
                .of(OCCUPANCY, TimeAxis.HOURS);

        assertEquals(4, lines.size());
        assertEquals(List.of(true, true, false, false), lines.stream().map(OutputChart.Line::faded).toList());
        assertEquals(List.of(0, 1, 0, 1), lines.stream().map(OutputChart.Line::colour).toList());
        assertEquals("LDN 4.5 mg", lines.get(2).label(), "the shown run alone is not named in the legend");
    }

    @Test
    void aPartialScenarioSaysWhyAndWhenItStoppedInTheAxisUnit() {
        RunData run = TestRuns.run("r", List.of(TestRuns.output("receptor", "occupancy", "fraction")),
                List.of(), TestRuns.scenario("ldn", "LDN", 1, 48),
                TestRuns.partial("std", "50 mg", 1, 36, "cancelled", ""),
                TestRuns.partial("x", "X", 1, 12, "step size too small", "pk"));

        List<String> days = new ChartLines(List.of(run), null).of(OCCUPANCY, TimeAxis.DAYS).stream()
                .map(OutputChart.Line::label).toList();
        List<String> hours = new ChartLines(List.of(run), null).of(OCCUPANCY, TimeAxis.HOURS).stream()
                .map(OutputChart.Line::label).toList();

        assertEquals(List.of("LDN", "50 mg (partial: cancelled at t = 1.5 days)",
                "X (partial: step size too small in node 'pk' at t = 0.5 days)"), days);
        assertEquals("50 mg (partial: cancelled at t = 36 h)", hours.get(1));
    }

    @Test
    void aRunWithoutTheOutputAddsNoLine() {
        RunData other = TestRuns.run("other", List.of(TestRuns.output("pk", "Cntx", "ng/mL")), List.of(),
                TestRuns.scenario("a", "A", 1, 2));
        List<OutputChart.Line> lines = new ChartLines(List.of(TestRuns.ldnVsStandard("run 1", 0, 0, 0, 0), other),
                null).of(OCCUPANCY, TimeAxis.HOURS);
        assertEquals(2, lines.size());
    }
}
