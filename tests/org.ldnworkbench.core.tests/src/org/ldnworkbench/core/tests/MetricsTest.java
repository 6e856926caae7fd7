package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.metrics.PeriodStats;
import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.metrics.Series;
import org.ldnworkbench.core.metrics.StreamingSummary;

/** Run and per-day metrics. */
class MetricsTest {
    @Test
    void seriesReductionsAreExactForPiecewiseLinearData() {
        double[] t = { 0, 1, 2, 3 };
        double[] v = { 0, 2, 2, 0 };
        PeriodStats s = Series.stats(t, v, 0, 3);
        assertEquals(4.0, s.auc(), 1e-15);
        assertEquals(4.0 / 3, s.mean(), 1e-15);
        assertEquals(2.0, s.max());
        assertEquals(1.0, s.timeOfMax());
        assertEquals(2.0, Series.timeAbove(t, v, 0, 3, 1.0), 1e-15);
        assertEquals(1.0 + 0.25 + 0.25, Series.areaAbove(t, v, 0, 3, 1.0), 1e-15);
    }

    @Test
    void perDayStatisticsAndDeclaredMetrics() throws Exception {
        var p = Pipelines.oral(100, 0, 24, 2);
        SimulationResult r = Simulator.run(Pipelines.compile(p));
        RunSummary s = RunSummary.of(r);
        var c = s.output("pk.C");
        assertEquals(2, c.days().size());
        assertEquals(0.0, c.days().get(0).from());
        assertEquals(24.0, c.days().get(0).to());
        assertEquals(c.run().auc(), c.days().get(0).auc() + c.days().get(1).auc(), 1e-12);
        double cmax = s.metric("pk.cmax").run();
        assertEquals(c.run().max(), cmax, 0.0);
        // the second dose adds to what is left of the first, so day 2 peaks higher
        org.junit.jupiter.api.Assertions.assertTrue(c.days().get(1).max() > c.days().get(0).max());
        double[] days = s.metric("pk.above").days();
        assertEquals(2, days.length);
        assertEquals(days[1], s.metric("pk.above").lastDay());
    }

    /**
     * The summary computed while the run integrates is the one computed from the stored columns with
     * {@link Series}, bit for bit, per day and over the run; the metrics-only summary keeps the same run and
     * last-day values.
     */
    @Test
    void streamedSummaryEqualsTheSeriesReductionsOfTheStoredRun() throws Exception {
        var p = Pipelines.oral(100, 1.3, 7, 9);
        p.simulation().end(24 * 3 + 5.4).step(0.3); // the step divides the span (258 steps)
        CompiledPipeline cp = Pipelines.compile(p);
        SimulationResult r = Simulator.run(cp);
        StreamingSummary streamed = StreamingSummary.full(cp);
        assertEquals(r.length(), Simulator.stream(cp, streamed, new NullProgressMonitor()));
        RunSummary s = streamed.finish(null);
        double[] t = r.time();
        double[] c = r.column("pk.C");
        int n = r.length();
        assertStatsEqual(Series.stats(t, c, 0, n - 1), s.output("pk.C").run());
        // days: [0, 24], [24, 48], [48, 72], [72, end], each sharing its boundary sample with the next
        int[] bounds = { 0, 80, 160, 240, n - 1 };
        assertEquals(24.0, t[80], 1e-12);
        assertEquals(4, s.output("pk.C").days().size());
        for (int d = 0; d < 4; d++) {
            assertStatsEqual(Series.stats(t, c, bounds[d], bounds[d + 1]), s.output("pk.C").days().get(d));
            assertEquals(Series.timeAbove(t, c, bounds[d], bounds[d + 1], s.metric("pk.above").spec().threshold()),
                    s.metric("pk.above").days()[d], 0.0);
        }
        assertEquals(Series.timeAbove(t, c, 0, n - 1, s.metric("pk.above").spec().threshold()),
                s.metric("pk.above").run(), 0.0);
        RunSummary replayed = RunSummary.of(r);
        RunSummary lean = streamLean(cp);
        assertTrue(lean.outputs().isEmpty());
        for (RunSummary.MetricValue m : replayed.metrics()) {
            assertEquals(m.run(), s.metric(m.name()).run(), 0.0, m.name());
            assertArrayEquals(m.days(), s.metric(m.name()).days(), m.name());
            assertEquals(m.run(), lean.metric(m.name()).run(), 0.0, m.name());
            assertEquals(m.lastDay(), lean.metric(m.name()).lastDay(), 0.0, m.name());
        }
    }

    private static RunSummary streamLean(CompiledPipeline cp) throws Exception {
        StreamingSummary lean = StreamingSummary.metricsOnly(cp);
        Simulator.stream(cp, lean, new NullProgressMonitor());
        return lean.finish(null);
    }

    private static void assertStatsEqual(PeriodStats expected, PeriodStats actual) {
        assertArrayEquals(new double[] { expected.from(), expected.to(), expected.min(), expected.max(),
                expected.timeOfMax(), expected.mean(), expected.auc(), expected.last() },
                new double[] { actual.from(), actual.to(), actual.min(), actual.max(), actual.timeOfMax(),
                        actual.mean(), actual.auc(), actual.last() });
    }
}
