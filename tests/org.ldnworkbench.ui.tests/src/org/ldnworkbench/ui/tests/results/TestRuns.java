package org.ldnworkbench.ui.tests.results;

import java.time.Instant;
import java.util.List;

import org.ldnworkbench.ui.internal.runs.MetricColumn;
import org.ldnworkbench.ui.internal.runs.OutputColumn;
import org.ldnworkbench.ui.internal.runs.RunData;
import org.ldnworkbench.ui.internal.runs.ScenarioData;

/** Small runs written out by hand for the Results view's table and chart logic (no simulation needed). */
final class TestRuns {
    static final MetricColumn PEAK = new MetricColumn("receptor.peak", "Peak occupancy (last day)", "fraction");
    static final MetricColumn REBOUND = new MetricColumn("rebound.hoursAbove", "Rebound", "h/day");
    static final MetricColumn DIMENSIONLESS = new MetricColumn("inflammation.index", "Index", "");

    private TestRuns() {
    }

    static OutputColumn output(String node, String output, String unit) {
        return new OutputColumn(node, output, "", "", unit, List.of());
    }

    /** A complete scenario sampled at 0, 1, ..., hours (h), every output equal to the time, with these metrics. */
    static ScenarioData scenario(String id, String name, int outputs, double hours, double... metrics) {
        int n = (int) hours + 1;
        double[] time = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = i;
        }
        double[][] columns = new double[outputs][];
        for (int c = 0; c < outputs; c++) {
            columns[c] = time.clone();
        }
        return new ScenarioData(id, name, null, "", Double.NaN, time, columns, metrics);
    }

    /** As {@link #scenario}, stopped by {@code failure} in {@code node} at {@code at} hours. */
    static ScenarioData partial(String id, String name, int outputs, double at, String failure, String node,
            double... metrics) {
        ScenarioData s = scenario(id, name, outputs, at, metrics);
        return new ScenarioData(id, name, failure, node, at, s.time(), s.columns(), metrics);
    }

    static RunData run(String label, List<OutputColumn> outputs, List<MetricColumn> metrics,
            ScenarioData... scenarios) {
        return new RunData(label, "pipeline", null, Instant.parse("2026-12-01T17:00:00Z"), outputs, metrics,
                List.of(scenarios));
    }

    /** A run of two scenarios (LDN, 50 mg) with the peak and rebound metrics and the occupancy output. */
    static RunData ldnVsStandard(String label, double ldnPeak, double stdPeak, double ldnRebound,
            double stdRebound) {
        return run(label, List.of(output("receptor", "occupancy", "fraction")), List.of(PEAK, REBOUND),
                scenario("ldn", "LDN 4.5 mg", 1, 48, ldnPeak, ldnRebound),
                scenario("std", "50 mg", 1, 48, stdPeak, stdRebound));
    }
}
