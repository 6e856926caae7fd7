package org.ldnworkbench.ui.tests.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.mechanism.MetricSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.mechanism.ParameterStatus;
import org.ldnworkbench.core.metrics.ParameterScan;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.ui.internal.scan.ScanChoices;
import org.ldnworkbench.ui.internal.scan.ScanCsv;
import org.ldnworkbench.ui.internal.scan.ScanLabels;
import org.ldnworkbench.ui.internal.scan.ScanResult;
import org.ldnworkbench.ui.internal.scan.ScanSettings;
import org.ldnworkbench.ui.internal.scan.ScanValues;

/** scan.csv in the command line's format, with the chosen metrics only; labels with the units plotted. */
class ScanCsvTest {
    private static final MetricSpec HOURS = new MetricSpec("reboundHours", "Rebound window (S > 1.05)", "signaling",
            MetricSpec.Kind.TIME_ABOVE, 1.05, "h", MetricSpec.Headline.LAST_DAY, 32);
    private static final MetricSpec PEAK = new MetricSpec("peakOccupancy", "Peak occupancy (last day)", "occupancy",
            MetricSpec.Kind.MAX, 0, "fraction", MetricSpec.Headline.LAST_DAY, 10);

    @Test
    void oneRowPerRunValueByValueWithTheChosenMetrics() {
        Pipeline p = new Pipeline().name("LDN");
        p.scenarios().add(new Scenario("pet", "PET"));
        p.scenarios().add(new Scenario("rapid", "=rapid, fast"));
        ParameterScan.Metric peak = new ParameterScan.Metric("receptor.peakOccupancy", PEAK);
        ParameterScan.Metric hours = new ParameterScan.Metric("rebound.reboundHours", HOURS);
        ParameterScan.Result result = new ParameterScan.Result(new double[] { 0.5, 100 }, List.of("PET",
                "=rapid, fast"), List.of(peak, hours),
                new double[][] { { 9, 99 }, { 9, 99 }, { 9, 99 }, { 9, 99 } },
                new double[][] { { 0.25, 2.5 }, { 0.5, 3 }, { 0.875, 0 }, { 0.9, 0.1 } });
        ScanChoices.Parameter amount = new ScanChoices.Parameter("dosing.amount", new ParameterSpec("amount", "mg",
                4.5, 0, 1000, ParameterStatus.ASSUMED, "", "", ""), 4.5);
        ScanSettings settings = new ScanSettings("ldn.ldnpipe", p, amount, result.values(), ScanValues.Spacing.LOG,
                List.of(hours));
        String csv = ScanCsv.text(new ScanResult(settings, result, null, Instant.EPOCH));
        assertEquals("""
                dosing.amount,scenario,rebound.reboundHours
                0.5,PET,2.5
                0.5,"'=rapid, fast",3
                100,PET,0
                100,"'=rapid, fast",0.1
                """, csv);
    }

    @Test
    void hoursAboveAThresholdOnTheLastDayAreHoursPerDay() {
        assertEquals("Rebound window (S > 1.05) [h/day]", ScanLabels.metric(HOURS));
        assertEquals("Peak occupancy (last day) [fraction]", ScanLabels.metric(PEAK));
    }
}
