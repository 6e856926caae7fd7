package org.ldnworkbench.ui.tests.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.MetricSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.mechanism.ParameterStatus;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.metrics.ParameterScan;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.core.pipeline.SimulationSettings;
import org.ldnworkbench.ui.internal.scan.ScanChoices;
import org.ldnworkbench.ui.internal.scan.ScanFailure;
import org.ldnworkbench.ui.internal.scan.ScanJob;
import org.ldnworkbench.ui.internal.scan.ScanResult;
import org.ldnworkbench.ui.internal.scan.ScanSettings;
import org.ldnworkbench.ui.internal.scan.ScanValues;
import org.ldnworkbench.ui.tests.support.UiWait;
import org.ldnworkbench.ui.tests.support.Workbenches;

/**
 * The scan's jobs on a test mechanism whose output is its parameter {@code level} and which fails (throws) after
 * the simulated time {@code failAt * level}: the chunks' tables join in the order of the values, and a failure inside
 * a chunk of several values is reported with its own value, scenario, node and time.
 */
class ScanJobTest {
    private static final String PROJECT = "scan-jobs";
    private static final MechanismSpec FRAGILE = new MechanismSpec.Builder("test.fragile").name("Fragile")
            .parameter(new ParameterSpec("level", "mg", 1, 0, 1000, ParameterStatus.ASSUMED, "", "", ""))
            .parameter(new ParameterSpec("failAt", "h", 1000, 0, 1000, ParameterStatus.ASSUMED, "", "", ""))
            .output(new PortSpec("y", "mg", PortSpec.Kind.CONTINUOUS, "", List.of()))
            .metric(new MetricSpec("peak", "Peak y", "y", MetricSpec.Kind.MAX, 0, "mg", MetricSpec.Headline.RUN, 1))
            .build();
    private static final ParameterScan.Metric PEAK = new ParameterScan.Metric("fragile.peak",
            FRAGILE.metrics().get(0));
    private static final MechanismCatalog CATALOG = new MechanismCatalog() {
        @Override
        public MechanismSpec spec(String id) {
            return FRAGILE.id().equals(id) ? FRAGILE : null;
        }

        @Override
        public Collection<MechanismSpec> all() {
            return List.of(FRAGILE);
        }

        @Override
        public Mechanism create(String id) {
            return new Mechanism() {
                @Override
                public double output(int index, double t, double[] x, double[] u, double[] p) {
                    if (t > p[1] * p[0]) {
                        throw new IllegalStateException("deliberate fault after t = " + p[1] * p[0]);
                    }
                    return p[0];
                }
            };
        }
    };

    @AfterEach
    void cleanUp() {
        Workbenches.deleteProject(PROJECT);
    }

    @Test
    void theChunksJoinInTheOrderOfTheValues() throws Exception {
        double[] values = IntStream.rangeClosed(1, 25).asDoubleStream().toArray();
        AtomicReference<ScanResult> written = new AtomicReference<>();
        AtomicReference<ScanFailure> failed = new AtomicReference<>();
        IStatus status = run(pipeline(1000), values, written, failed);
        assertTrue(status.isOK(), status.toString());
        assertNull(failed.get());
        ScanResult r = written.get();
        assertArrayEquals(values, r.result().values());
        assertEquals(List.of("A", "B"), r.runNames());
        for (int s = 0; s < 2; s++) {
            assertArrayEquals(values, r.series(s, r.settings().metrics().get(0)), "peak y of scenario " + s);
        }
        List<String> csv = Files.readAllLines(r.folder().resolve("scan.csv"), StandardCharsets.UTF_8);
        assertEquals("fragile.level,scenario,fragile.peak", csv.get(0));
        assertEquals("1,A,1", csv.get(1));
        assertEquals("25,B,25", csv.get(50));
    }

    @Test
    void aFailureNamesItsValueScenarioNodeAndTime() {
        // scenario A (level 10) never fails in 10 h; B (level 1) fails after t = failAt, which is the scanned value:
        // only at 5, the tenth value, the second of its chunk when the values are cut into 6 chunks (2 processors)
        Pipeline p = pipeline(10);
        p.scenarios().get(0).parameters().put("fragile.level", 10.0);
        p.scenarios().get(1).parameters().put("fragile.level", 1.0);
        ScanSettings settings = new ScanSettings("fragile.ldnpipe", p, new ScanChoices.Parameter("fragile.failAt",
                FRAGILE.parameter("failAt"), 1000), new double[] { 20, 30, 40, 50, 60, 70, 80, 90, 100, 5, 110, 120,
                        130, 140, 150, 160 }, ScanValues.Spacing.LINEAR, List.of(PEAK));
        AtomicReference<ScanResult> written = new AtomicReference<>();
        AtomicReference<ScanFailure> failed = new AtomicReference<>();
        IStatus status = run(settings, written, failed);
        assertEquals(IStatus.ERROR, status.getSeverity(), status.toString());
        assertNull(written.get(), "a failed scan was written");
        ScanFailure f = failed.get();
        assertNotNull(f, "the failure was not reported");
        assertEquals("fragile.failAt", f.parameter());
        assertEquals(5, f.value());
        assertEquals("B", f.scenario());
        assertEquals("fragile", f.node());
        assertTrue(f.time() > 5 && f.time() <= 6, "time " + f.time());
        assertTrue(f.text().startsWith("The scan stopped at a run that failed:\n\nValue: fragile.failAt = 5\n"
                + "Scenario: B\nNode: fragile\nTime: "), f.text());
    }

    @Test
    void cancellingStopsEveryChunkWithinASecondAndWritesNothing() {
        // 1000 values x 2 scenarios of a million output points each (seconds of work), cancelled once the chunks run
        double[] values = IntStream.rangeClosed(1, 1000).asDoubleStream().toArray();
        Pipeline p = pipeline(1000);
        p.simulation().step(0.001);
        AtomicReference<ScanResult> written = new AtomicReference<>();
        AtomicReference<ScanFailure> failed = new AtomicReference<>();
        ScanJob job = new ScanJob(new ScanSettings("fragile.ldnpipe", p, parameter(), values,
                ScanValues.Spacing.LINEAR, List.of(PEAK)), new PipelineCompiler(CATALOG),
                Workbenches.project(PROJECT).getFolder("results/fragile"), written::set, failed::set);
        job.schedule();
        UiWait.until("the scan's chunks to run", () -> Job.getJobManager().find(ScanJob.FAMILY).length > 1);
        UiWait.pause(Duration.ofMillis(300));
        long cancelled = System.nanoTime();
        job.cancel();
        UiWait.until("the scan's jobs to stop", () -> Job.getJobManager().find(ScanJob.FAMILY).length == 0,
                Duration.ofSeconds(30));
        double seconds = (System.nanoTime() - cancelled) / 1e9;
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().toString());
        assertNull(written.get(), "a cancelled scan was written");
        assertNull(failed.get(), "a cancelled scan reported a failure");
        assertTrue(seconds < 1, "the scan took " + seconds + " s to stop after Cancel (the issue asks under 1 s)");
    }

    private static ScanChoices.Parameter parameter() {
        return new ScanChoices.Parameter("fragile.level", FRAGILE.parameter("level"), 1);
    }

    private static Pipeline pipeline(double end) {
        Pipeline p = new Pipeline().name("Fragile").simulation(new SimulationSettings().end(end).step(1));
        p.add(new Node("fragile", FRAGILE.id()));
        p.scenarios().add(new Scenario("a", "A"));
        p.scenarios().add(new Scenario("b", "B"));
        return p;
    }

    private static IStatus run(Pipeline p, double[] values, AtomicReference<ScanResult> written,
            AtomicReference<ScanFailure> failed) {
        return run(new ScanSettings("fragile.ldnpipe", p, parameter(), values, ScanValues.Spacing.LINEAR,
                List.of(PEAK)), written, failed);
    }

    private static IStatus run(ScanSettings settings, AtomicReference<ScanResult> written,
            AtomicReference<ScanFailure> failed) {
        IContainer folder = Workbenches.project(PROJECT).getFolder("results/fragile");
        ScanJob job = new ScanJob(settings, new PipelineCompiler(CATALOG), folder, written::set, failed::set);
        job.schedule();
        UiWait.until("the scan's jobs to finish", () -> Job.getJobManager().find(ScanJob.FAMILY).length == 0,
                Duration.ofSeconds(60));
        return job.getResult();
    }
}
