package org.ldnworkbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.registry.MechanismRegistry;

/**
 * {@code ldnwb run} writes each scenario's CSV as soon as that scenario is simulated ({@link Runs.Finished},
 * {@link TimeseriesAsFinished}), and keeps what the user sees as when every CSV was written one after the other in the
 * scenarios' order: the same files, names in order, the first scenario's failure, and nothing written once the
 * command has stopped.
 */
class ResultsAsFinishedTest {
    static final String FILE = ResultsDirectoryTest.EXAMPLES.resolve("ldn-vs-standard.ldnpipe").toString();

    static List<CompiledPipeline> compiled;
    /** The four scenarios of the default example, simulated. */
    static List<RunSummary> runs;

    @BeforeAll
    static void simulate() throws Exception {
        compiled = new PipelineCompiler(MechanismRegistry.getDefault()).compileAll(Cli.read(FILE), FILE, List.of());
        runs = Runs.runAll(compiled, 2).runs();
        assertEquals(4, runs.size());
    }

    @Test
    void everyCompletedScenarioIsToldOnceWithItsPlaceAndItsSummary() throws Exception {
        Map<Integer, List<RunSummary>> told = new ConcurrentHashMap<>();
        CountDownLatch four = new CountDownLatch(4);
        Runs.Outcome outcome = Runs.runAll(compiled, 2, new NullProgressMonitor(), (i, s) -> {
            told.computeIfAbsent(i, k -> new ArrayList<>()).add(s);
            four.countDown();
        });
        // the last ones are told after their simulation ended, possibly after runAll returned
        four.await(30, TimeUnit.SECONDS);
        Thread.sleep(50); // a fifth call would come now
        assertEquals(4, told.size(), "every scenario: " + told.keySet());
        for (int i = 0; i < 4; i++) {
            assertEquals(1, told.get(i).size(), "scenario " + i + " once");
            assertSame(outcome.runs().get(i), told.get(i).get(0), "scenario " + i + "'s own summary");
        }
    }

    @Test
    void aScenarioStoppedEarlyIsToldWithItsPartialSummary() throws Exception {
        List<CompiledPipeline> two = compiled.subList(0, 2);
        // each worker thread (one per scenario) is cancelled after its own 50 steps: both keep samples
        ThreadLocal<int[]> steps = ThreadLocal.withInitial(() -> new int[1]);
        NullProgressMonitor cancelAfter50Steps = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return ++steps.get()[0] > 50;
            }
        };
        Map<Integer, RunSummary> told = new ConcurrentHashMap<>();
        Runs.Outcome outcome = Runs.runAll(two, 2, cancelAfter50Steps, (i, s) -> told.put(i, s));
        assertTrue(outcome.wasCancelled());
        assertEquals(2, told.size(), "both scenarios: " + told.keySet());
        for (int i = 0; i < 2; i++) {
            assertTrue(told.get(i).result().isPartial(), "scenario " + i + " is partial");
            assertSame(outcome.runs().get(i), told.get(i), "scenario " + i + "'s own summary");
        }
    }

    @Test
    void csvsWrittenAsTheirScenariosFinishAreTheFilesAndNamesOfTheOneByOneWriting(@TempDir Path tmp)
            throws Exception {
        List<String> expectedNames;
        try (ResultsDirectory oneByOne = new ResultsDirectory(tmp.resolve("one-by-one"))) {
            expectedNames = new ArrayList<>();
            for (RunSummary r : runs) { // the reference: each CSV streamed into its file, in order
                String name = ResultWriter.name(r, runs.size() == 1);
                ResultWriter.stream(oneByOne, r, name);
                expectedNames.add(name);
            }
            oneByOne.commit();
        }
        try (ResultsDirectory d = new ResultsDirectory(tmp.resolve("as-finished"));
                TimeseriesAsFinished csvs = new TimeseriesAsFinished(d, runs.size())) {
            List<Thread> workers = new ArrayList<>();
            for (int i : new int[] { 3, 1, 0, 2 }) { // finishing out of order, in threads of their own
                Thread t = new Thread(() -> csvs.finished(i, runs.get(i)));
                t.start();
                workers.add(t);
            }
            assertEquals(expectedNames, csvs.written(runs), "names in the scenarios' order");
            for (Thread t : workers) {
                t.join();
            }
            d.commit();
        }
        Trees.assertSame(Trees.snapshot(tmp.resolve("one-by-one")), Trees.snapshot(tmp.resolve("as-finished")),
                "the same files, byte for byte");
    }

    @Test
    void theFirstScenarioInOrderIsReportedWhicheverFailedFirst(@TempDir Path tmp) throws Exception {
        try (ResultsDirectory d = new ResultsDirectory(tmp.resolve("res"));
                TimeseriesAsFinished csvs = new TimeseriesAsFinished(d, runs.size())) {
            // a file where the folders of the first two scenarios go: both fail
            for (int i = 0; i < 2; i++) {
                Files.writeString(d.staging().resolve(runs.get(i).result().pipeline().scenarioId()), "in the way");
            }
            for (int i : new int[] { 1, 3, 2, 0 }) {
                csvs.finished(i, runs.get(i));
            }
            IOException e = assertThrows(IOException.class, () -> csvs.written(runs));
            String first = runs.get(0).result().pipeline().scenarioId();
            assertTrue(e.getMessage().startsWith("cannot write " + tmp.resolve("res").resolve(first)
                    .resolve("timeseries.csv") + " (scenario '" + first + "'): "), e.getMessage());
        }
    }

    @Test
    void noCsvIsWrittenIntoTheFolderOnceClosed(@TempDir Path tmp) throws Exception {
        try (ResultsDirectory d = new ResultsDirectory(tmp.resolve("res"))) {
            TimeseriesAsFinished csvs = new TimeseriesAsFinished(d, runs.size());
            csvs.close(); // the command stopped (a scenario failed with nothing to keep): the folder is being deleted
            csvs.finished(0, runs.get(0));
            try (var left = Files.list(d.staging())) {
                assertEquals(List.of(), left.toList(), "nothing written into the staging folder");
            }
            IOException e = assertThrows(IOException.class, () -> csvs.written(runs.subList(0, 1)));
            assertTrue(e.getMessage().contains("stopped before its results were written"), e.getMessage());
        }
    }

    @Test
    void aFailingPlotWarmUpThrowsNothingOutOfItsDaemonThread() throws Exception {
        List<Throwable> uncaught = new ArrayList<>();
        Thread t = PlotWriter.warmUpThread(() -> {
            throw new OutOfMemoryError("injected failure of the warm-up");
        });
        t.setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        assertTrue(t.isDaemon(), "never keeps the process alive");
        t.start();
        t.join();
        assertEquals(List.of(), uncaught);
    }

    @Test
    void thePlotWarmUpRendersARealChart() {
        byte[] png = PlotWriter.throwawayPng();
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, java.util.Arrays.copyOf(png, 4));
        assertFalse(png.length < 1000, "a chart with text, not an empty image: " + png.length + " bytes");
    }
}
