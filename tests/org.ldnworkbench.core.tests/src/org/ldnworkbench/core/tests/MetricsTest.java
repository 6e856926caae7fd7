package org.ldnworkbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.metrics.PeriodStats;
import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.metrics.Series;

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
}
