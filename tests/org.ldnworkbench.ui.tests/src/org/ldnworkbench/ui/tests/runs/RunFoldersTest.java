package org.ldnworkbench.ui.tests.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.ui.internal.runs.RunData;
import org.ldnworkbench.ui.internal.runs.RunDataFactory;
import org.ldnworkbench.ui.internal.runs.RunFolderWriter;
import org.ldnworkbench.ui.internal.runs.RunFolders;
import org.ldnworkbench.ui.internal.runs.ScenarioData;

/** A run folder as written and read back: its files, the same run, unique names, and broken files named. */
class RunFoldersTest {
    private static final Instant STARTED = Instant.parse("2026-12-01T17:05:12Z");

    @TempDir
    Path dir;

    /** Writes a 3-day run of the default example (one scenario cancelled early) into {@code runs}. */
    private static Path write(Path runs, Pipeline p) throws Exception {
        List<RunSummary> summaries = new ArrayList<>();
        List<CompiledPipeline> compiled = RunDataFactoryTest.compile(p);
        for (int i = 0; i < compiled.size(); i++) {
            summaries.add(RunSummary.of(i == 2 ? RunDataFactoryTest.cancelledAfter(compiled.get(i), 5)
                    : Simulator.run(compiled.get(i))));
        }
        RunData data = RunDataFactory.of("x", p, null, STARTED, summaries);
        return RunFolderWriter.write(runs, new RunFolderWriter.Contents(p, "/LDN/ldn-vs-standard.ldnpipe",
                summaries, data, STARTED));
    }

    @Test
    void aRunFolderHoldsWhatTheCommandLineWritesAndReadsBackAsTheSameRun() throws Exception {
        Pipeline p = RunDataFactoryTest.example(72);
        Path runs = dir.resolve("results/ldn-vs-standard");
        Path folder = write(runs, p);

        assertEquals(runs, folder.getParent());
        assertNotNull(RunFolders.list(runs));
        assertEquals(List.of(folder), RunFolders.list(runs));
        try (Stream<Path> hidden = Files.list(runs)) {
            assertEquals(List.of(folder), hidden.toList(), "no staging folder is left");
        }
        for (String id : List.of("ldn-pet", "std-pet", "ldn-rapid", "std-rapid")) {
            assertTrue(Files.isRegularFile(folder.resolve(id).resolve("timeseries.csv")), id);
        }
        assertEquals(PipelineFiles.toText(p), Files.readString(folder.resolve("pipeline.ldnpipe")));
        String summary = Files.readString(folder.resolve("summary.json"));
        assertTrue(summary.contains("\"engine\": \"LDN Workbench "), summary.substring(0, 300));
        String versions = Files.readString(folder.resolve("versions.json"));
        assertTrue(versions.contains("\"org.ldnworkbench.rebound.endogenous\"") && versions.contains(
                "\"bundle\": \"org.ldnworkbench.rebound.core\""), versions);
        try (Stream<Path> plots = Files.list(folder.resolve("plots"))) {
            List<Path> png = plots.toList();
            assertTrue(png.contains(folder.resolve("plots/rebound.signaling.png")), png.toString());
            for (Path f : png) {
                byte[] head = Arrays4.head(f);
                assertEquals((byte) 0x89, head[0], f.toString());
                assertEquals('P', head[1], f.toString());
            }
        }

        RunData read = RunFolders.read(folder);
        List<CompiledPipeline> compiled = RunDataFactoryTest.compile(p);
        RunData expected = RunDataFactory.of("x", p, folder, STARTED,
                List.of(RunSummary.of(Simulator.run(compiled.get(0))), RunSummary.of(Simulator.run(compiled.get(1))),
                        RunSummary.of(RunDataFactoryTest.cancelledAfter(compiled.get(2), 5)),
                        RunSummary.of(Simulator.run(compiled.get(3)))));
        assertEquals("ldn-vs-standard " + localTime(), read.label());
        assertEquals(STARTED, read.started());
        assertEquals(folder, read.folder());
        assertEquals(p.name(), read.pipelineName());
        assertEquals(expected.outputs(), read.outputs());
        assertEquals(expected.metrics(), read.metrics());
        assertFalse(read.complete());
        for (int s = 0; s < 4; s++) {
            ScenarioData e = expected.scenarios().get(s);
            ScenarioData r = read.scenarios().get(s);
            assertEquals(e.id(), r.id());
            assertEquals(e.name(), r.name());
            assertEquals(e.failure(), r.failure());
            assertEquals(e.failureNode(), r.failureNode());
            assertEquals(e.failureTime(), r.failureTime());
            assertArrayEquals(e.time(), r.time(), e.id());
            for (int c = 0; c < e.columns().length; c++) {
                assertArrayEquals(e.columns()[c], r.columns()[c], e.id() + " " + expected.outputs().get(c).name());
            }
            assertArrayEquals(e.metrics(), r.metrics(), e.id());
        }
    }

    /** The start as the folder name shows it, in this machine's zone. */
    static String localTime() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(java.time.LocalDateTime.ofInstant(STARTED, java.time.ZoneId.systemDefault()));
    }

    @Test
    void runsStartedInTheSameSecondGetFoldersOfTheirOwnListedNewestFirst() throws Exception {
        Pipeline p = RunDataFactoryTest.example(24);
        Path runs = dir.resolve("runs");
        Path first = write(runs, p);
        Path second = write(runs, p);

        assertNotEquals(first, second);
        assertEquals(first.getFileName() + "-2", second.getFileName().toString());
        assertEquals(List.of(second, first), RunFolders.list(runs));
        assertTrue(RunFolders.read(second).label().endsWith(" #2"), RunFolders.read(second).label());
    }

    @Test
    void aStagingFolderLeftByAKilledWorkbenchIsNoRunAndTheNextRunDeletesIt() throws Exception {
        Path runs = dir.resolve("runs");
        Path stale = runs.resolve(".2026-12-01_17-05-12.ldnwb-staging-killed");
        Files.createDirectories(stale.resolve("ldn-pet"));
        Files.writeString(stale.resolve("summary.json"), "{\"format\": \"ldn-summary/1\", \"scen");
        Files.writeString(stale.resolve("pipeline.ldnpipe"), "{}");

        assertTrue(RunFolders.list(runs).isEmpty(), "a staging folder is not listed as a run");
        Path folder = write(runs, RunDataFactoryTest.example(24));
        assertFalse(Files.exists(stale), "the next run deletes what a killed one left");
        try (Stream<Path> left = Files.list(runs)) {
            assertEquals(List.of(folder), left.toList());
        }
    }

    @Test
    void aBrokenTimeSeriesIsNamedWithItsLine() throws Exception {
        Path folder = write(dir.resolve("runs"), RunDataFactoryTest.example(24));
        Path csv = folder.resolve("std-pet/timeseries.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
        lines.set(4, lines.get(4).replaceFirst(",[^,]*,", ",x1.5,"));
        Files.write(csv, lines, StandardCharsets.UTF_8);

        IOException e = assertThrows(IOException.class, () -> RunFolders.read(folder));
        assertTrue(e.getMessage().contains(csv.toString()) && e.getMessage().contains("line 5")
                && e.getMessage().contains("'x1.5'"), e.getMessage());
    }

    @Test
    void aFolderWithoutItsSummaryIsNoRunAndReadingItNamesTheFile() throws Exception {
        Path folder = write(dir.resolve("runs"), RunDataFactoryTest.example(24));
        Files.delete(folder.resolve("summary.json"));

        assertTrue(RunFolders.list(dir.resolve("runs")).isEmpty());
        IOException e = assertThrows(IOException.class, () -> RunFolders.read(folder));
        assertTrue(e.getMessage().contains(folder.resolve("summary.json").toString()), e.getMessage());
    }

    @Test
    void aStemThatIsNoPlainFolderNameIsReplaced() {
        assertEquals("ldn-vs-standard", RunFolders.stem("ldn-vs-standard.ldnpipe"));
        assertEquals("pipeline", RunFolders.stem(".ldnpipe"));
        assertEquals("pipeline", RunFolders.stem("..ldnpipe"));
        assertEquals("pipeline", RunFolders.stem("a\\b.ldnpipe"));
    }

    /** The first bytes of a file. */
    static final class Arrays4 {
        static byte[] head(Path f) throws IOException {
            try (var in = Files.newInputStream(f)) {
                return in.readNBytes(4);
            }
        }
    }
}
