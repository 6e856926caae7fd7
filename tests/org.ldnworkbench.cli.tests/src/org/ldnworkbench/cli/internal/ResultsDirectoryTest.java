package org.ldnworkbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.cli.command.UsageException;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.metrics.RunSummary;
import org.ldnworkbench.core.pipeline.ParameterLayer;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.registry.MechanismRegistry;

/**
 * The results folder protocol of {@link ResultsDirectory}: one atomic replacement, recovery after a kill at any
 * step, the lock, refusal of folders and places that are not ldnwb's, and paths that cannot leave the staging
 * folder.
 */
class ResultsDirectoryTest {
    static final Path EXAMPLES = Path.of("../../examples/pipelines").toAbsolutePath().normalize();
    static final String FILE = EXAMPLES.resolve("single-50mg.ldnpipe").toString();
    static final String LOCK = ".res.ldnwb-lock";

    static Pipeline pipeline;
    /** The earlier results (20 mg) and the new ones (50 mg): every file differs. */
    static List<RunSummary> earlier;
    static List<RunSummary> newer;

    @BeforeAll
    static void simulate() throws Exception {
        pipeline = Cli.read(FILE);
        earlier = simulate(20);
        newer = simulate(50);
    }

    private static List<RunSummary> simulate(double amount) throws Exception {
        ParameterLayer layer = ParameterLayer.commandLine(Map.of(), Map.of("dosing.amount", amount));
        return Runs.runAll(new PipelineCompiler(MechanismRegistry.getDefault()).compileAll(pipeline, FILE,
                List.of(layer)), 2).runs();
    }

    private static CommandLineOverrides none() {
        return new CommandLineOverrides(ParameterLayer.commandLine(Map.of(), Map.of()));
    }

    /** Writes and commits one run's results into {@code place} with the given file operations. */
    static List<String> writeResults(Path place, List<RunSummary> runs, FileOperations ops, boolean plots)
            throws Exception {
        try (ResultsDirectory d = new ResultsDirectory(place, ops)) {
            RunCommand.write(d, FILE, pipeline, none(), runs, plots);
            d.commit();
            return d.warnings();
        }
    }

    static void writeResults(Path place, List<RunSummary> runs) throws Exception {
        writeResults(place, runs, FileOperations.REAL, false);
    }

    @Test
    void commitReplacesTheWholeFolderAndLeavesOnlyItAndTheLock(@TempDir Path tmp) throws Exception {
        Path place = tmp.resolve("res");
        writeResults(place, earlier, FileOperations.REAL, true);
        Trees.assertNames(tmp, LOCK, "res");
        assertTrue(Files.isRegularFile(place.resolve("plots/receptor.occupancy.png")));
        List<String> listed = ResultsManifest.parse(Files.readString(place.resolve(ResultsManifest.FILE_NAME)))
                .files();
        List<String> onDisk = new ArrayList<>(Trees.snapshot(place).keySet());
        onDisk.remove(ResultsManifest.FILE_NAME);
        assertEquals(onDisk, listed, "the marker lists every file ldnwb wrote");

        writeResults(place, newer);
        Path fresh = tmp.resolve("fresh");
        writeResults(fresh, newer);
        Trees.assertSame(Trees.snapshot(fresh), Trees.snapshot(place), "replaced as a whole, the old plots gone");
        Trees.assertNames(tmp, ".fresh.ldnwb-lock", LOCK, "fresh", "res");
    }

    /**
     * The commit fails at every file operation K in turn, once as an I/O error (the operations after it work) and
     * once as a kill (nothing after it reaches the disk). Afterwards the folder holds the complete earlier results
     * (a failure was reported) or the complete new ones (success was reported), or, only after a kill between the
     * two renames, nothing but the complete earlier results beside it; the next run into the place recovers,
     * cleans up and succeeds.
     */
    @Test
    void aFailureOrKillAtEveryStepLeavesTheOldOrTheNewResultsAndTheNextRunRecovers(@TempDir Path tmp)
            throws Exception {
        Path reference = tmp.resolve("reference");
        writeResults(reference.resolve("res"), earlier);
        Map<String, byte[]> old = Trees.snapshot(reference.resolve("res"));
        writeResults(reference.resolve("res"), newer);
        Map<String, byte[]> neu = Trees.snapshot(reference.resolve("res"));
        FaultyFiles counter = FaultyFiles.counting();
        writeResults(reference.resolve("res"), newer, counter, false);
        int steps = counter.count();
        assertTrue(steps > 20, "the replacement has steps: " + counter.log());
        List<String> seen = new ArrayList<>();
        for (boolean kill : new boolean[] { false, true }) {
            for (int k = 1; k <= steps; k++) {
                String what = (kill ? "kill" : "I/O error") + " at step " + k + " of " + steps;
                Path parent = tmp.resolve((kill ? "kill" : "error") + k);
                Path place = parent.resolve("res");
                writeResults(place, earlier);
                FaultyFiles faulty = kill ? FaultyFiles.dyingAt(k) : FaultyFiles.failingAt(k);
                boolean reportedFailure = false;
                try {
                    writeResults(place, newer, faulty, false);
                } catch (IOException e) {
                    reportedFailure = true;
                    assertEquals(1, e.getMessage().lines().count(), what + ": " + e.getMessage());
                    assertTrue(e.getMessage().contains(place.toString()), what + ": " + e.getMessage());
                }
                if (Files.exists(place)) {
                    Trees.assertSame(reportedFailure ? old : neu, Trees.snapshot(place), what);
                    seen.add(reportedFailure ? "old" : "new");
                } else {
                    assertTrue(kill && reportedFailure, what + ": the folder is gone");
                    List<Path> aside = new ArrayList<>();
                    try (Stream<Path> s = Files.list(parent)) {
                        s.filter(p -> p.getFileName().toString().startsWith(".res.ldnwb-old-")).forEach(aside::add);
                    }
                    assertEquals(1, aside.size(), what);
                    Trees.assertSame(old, Trees.snapshot(aside.get(0)), what + ": the earlier results beside it");
                    seen.add("aside");
                    // recovery alone (a run that then fails to simulate) puts them back
                    new ResultsDirectory(place).close();
                    Trees.assertSame(old, Trees.snapshot(place), what + ": put back");
                }
                List<String> warnings = writeResults(place, newer, FileOperations.REAL, false);
                Trees.assertSame(neu, Trees.snapshot(place), what + ": the next run");
                Trees.assertNames(parent, LOCK, "res");
                assertTrue(warnings.stream().allMatch(w -> w.contains("put back")), what + ": " + warnings);
            }
        }
        assertTrue(seen.contains("old") && seen.contains("new") && seen.contains("aside"), seen.toString());
    }

    @Test
    void aFullDiskNamesTheFinalPathTheScenarioAndTheReasonAndKeepsTheEarlierResults(@TempDir Path tmp)
            throws Exception {
        Path place = tmp.resolve("res");
        writeResults(place, earlier);
        Map<String, byte[]> old = Trees.snapshot(place);
        IOException e = assertThrows(IOException.class, () -> writeResults(place, newer,
                FaultyFiles.counting().diskFullWhileWriting("pet/timeseries.csv", 100_000), false));
        assertEquals("cannot write " + place.resolve("pet/timeseries.csv") + " (scenario 'pet'): "
                + "No space left on device", e.getMessage());
        Trees.assertSame(old, Trees.snapshot(place), "earlier results");
        Trees.assertNames(tmp, LOCK, "res");
    }

    @Test
    void errorsOfTheFileSystemNameThePathAndTheReason() {
        IOException e = assertThrows(IOException.class,
                () -> writeResults(Path.of("/proc/self/ldnwb-results"), newer));
        assertTrue(e.getMessage().startsWith("cannot write results to /proc/self/ldnwb-results: cannot create its "
                + "lock file /proc/self/.ldnwb-results.ldnwb-lock: "), e.getMessage());
        assertFalse(e.getMessage().endsWith(": "), e.getMessage());
    }

    @Test
    void namesThatLeaveTheStagingFolderAreRefused(@TempDir Path tmp) throws Exception {
        Path place = tmp.resolve("res");
        try (ResultsDirectory d = new ResultsDirectory(place)) {
            for (String bad : List.of("../x", "a/../../x", "../res/x", "/tmp/x", "..", "")) {
                IOException e = assertThrows(IOException.class, () -> d.file(bad), bad);
                assertTrue(e.getMessage().contains("leaves the results folder") || e.getMessage().contains("without a name"),
                        e.getMessage());
                assertThrows(IOException.class, () -> d.write(bad, "", out -> out.write(1)), bad);
            }
            assertThrows(IOException.class, () -> d.file(ResultsManifest.FILE_NAME));
            assertThrows(IOException.class, () -> d.file("a\nb"));
        }
        Trees.assertNames(tmp, LOCK);
    }

    @Test
    void symbolicLinksPlantedInTheStagingFolderAreNeverFollowed(@TempDir Path tmp) throws Exception {
        Path outside = Files.createDirectory(tmp.resolve("outside"));
        Path victim = Files.writeString(outside.resolve("victim"), "mine");
        Path place = tmp.resolve("res");
        writeResults(place, earlier);
        Map<String, byte[]> old = Trees.snapshot(place);
        try (ResultsDirectory d = new ResultsDirectory(place)) {
            Files.createSymbolicLink(d.staging().resolve("plots"), outside);
            IOException e = assertThrows(IOException.class, () -> d.write("plots/a.png", "plot", out -> out.write(1)));
            assertTrue(e.getMessage().contains("is a symbolic link"), e.getMessage());
            assertThrows(IOException.class, () -> d.file("plots/a.png"));
            Files.createSymbolicLink(d.staging().resolve("summary.json"), victim);
            e = assertThrows(IOException.class, () -> d.write("summary.json", "", out -> out.write(1)));
            assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
            assertThrows(IOException.class, () -> d.file("summary.json"));
            e = assertThrows(IOException.class, d::commit);
            assertTrue(e.getMessage().contains("the earlier results are unchanged"), e.getMessage());
        }
        Trees.assertNames(outside, "victim");
        assertEquals("mine", Files.readString(victim));
        Trees.assertSame(old, Trees.snapshot(place), "earlier results");
        Trees.assertNames(tmp, LOCK, "outside", "res");
    }

    @Test
    void leftoversOfKilledRunsOfThisPlaceAreDeletedAndNothingElse(@TempDir Path tmp) throws Exception {
        Path place = tmp.resolve("res");
        writeResults(place, earlier);
        Path outside = Files.createDirectory(tmp.resolve("outside"));
        Files.writeString(outside.resolve("keep"), "mine");
        Path stale = Files.createDirectory(tmp.resolve(".res.ldnwb-staging-3k9x1"));
        Files.createDirectory(stale.resolve("pet"));
        Files.write(stale.resolve("pet/timeseries.csv"), new byte[13 << 20]);
        Files.createSymbolicLink(stale.resolve("link"), outside);
        Path staleOld = Files.createDirectory(tmp.resolve(".res.ldnwb-old-a1"));
        Files.writeString(staleOld.resolve("summary.json"), "{}");
        Files.createDirectory(tmp.resolve(".res.ldnwb-staging-Mine"));
        Files.createDirectory(tmp.resolve(".other.ldnwb-staging-3k9x1"));
        Files.createDirectory(tmp.resolve(".res.ldnwb-staging-3k9x1.bak"));
        Files.createSymbolicLink(tmp.resolve(".res.ldnwb-staging-zz"), outside);
        writeResults(place, newer);
        Trees.assertNames(tmp, ".other.ldnwb-staging-3k9x1", LOCK, ".res.ldnwb-staging-3k9x1.bak",
                ".res.ldnwb-staging-Mine", ".res.ldnwb-staging-zz", "outside", "res");
        assertEquals("mine", Files.readString(outside.resolve("keep")));
    }

    @Test
    void aKillBetweenTheTwoRenamesIsUndoneByTheNextRun(@TempDir Path tmp) throws Exception {
        Path place = tmp.resolve("res");
        writeResults(place, earlier);
        Map<String, byte[]> old = Trees.snapshot(place);
        Files.move(place, tmp.resolve(".res.ldnwb-old-q7"));
        Files.createDirectory(tmp.resolve(".res.ldnwb-staging-q8"));
        try (ResultsDirectory d = new ResultsDirectory(place)) {
            assertEquals(1, d.warnings().size());
            assertTrue(d.warnings().get(0).startsWith("put back the earlier results in " + place), d.warnings().toString());
        }
        Trees.assertSame(old, Trees.snapshot(place), "put back");
        Trees.assertNames(tmp, LOCK, "res");
    }

    @Test
    void foldersThatAreNotLdnwbsAreNeverReplaced(@TempDir Path tmp) throws Exception {
        Path mine = Files.createDirectory(tmp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "my notes");
        Files.writeString(mine.resolve("data.csv"), "1,2");
        IOException e = assertThrows(IOException.class, () -> writeResults(mine, newer));
        assertTrue(e.getMessage().startsWith("cannot write results to " + mine + ": it is not a results folder of "
                + "ldnwb (it has no .ldnwb-results and holds "), e.getMessage());
        assertTrue(e.getMessage().contains("'notes.txt'") && e.getMessage().contains("'data.csv'"), e.getMessage());
        Trees.assertNames(mine, "data.csv", "notes.txt");
        assertFalse(Files.exists(tmp.resolve(".mine.ldnwb-lock")), "refused before anything is made beside it");

        Path ours = tmp.resolve("ours");
        writeResults(ours, earlier);
        Map<String, byte[]> old = Trees.snapshot(ours);
        Files.writeString(ours.resolve("notes.txt"), "my notes");
        e = assertThrows(IOException.class, () -> writeResults(ours, newer));
        assertEquals("cannot replace " + ours + ": it holds files that ldnwb did not write: 'notes.txt'; move them "
                + "elsewhere or choose another folder with --out", e.getMessage());
        for (String n : List.of("pet/a.txt", "rapid/b.svg", "c.txt", "d.txt")) {
            Files.writeString(ours.resolve(n), n);
        }
        e = assertThrows(IOException.class, () -> writeResults(ours, newer));
        assertTrue(e.getMessage().contains(" and more; "), e.getMessage());
        Map<String, byte[]> now = Trees.snapshot(ours);
        old.forEach((k, v) -> assertArrayEquals(v, now.get(k), k));
        assertEquals(old.size() + 5, now.size());

        Path file = Files.writeString(tmp.resolve("file"), "x");
        e = assertThrows(IOException.class, () -> writeResults(file, newer));
        assertTrue(e.getMessage().endsWith("it exists and is not a folder"), e.getMessage());
        Path link = Files.createSymbolicLink(tmp.resolve("link"), tmp.resolve("ours"));
        e = assertThrows(IOException.class, () -> writeResults(link, newer));
        assertTrue(e.getMessage().contains("is a symbolic link"), e.getMessage());
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        writeResults(empty, newer);
        assertTrue(Files.exists(empty.resolve(ResultsManifest.FILE_NAME)));
    }

    @Test
    void foldersWithoutTheMarkerAreNeverReplacedWhateverTheirFilesAreCalled(@TempDir Path tmp) throws Exception {
        // a user's own files named like results of versions before the marker (D1)
        for (List<String> names : List.of(List.of("summary.json"), List.of("pipeline.ldnpipe"),
                List.of("timeseries.csv", "summary.json", "pipeline.ldnpipe", "scan.csv", "plots/a.png",
                        "pet/timeseries.csv"),
                List.of("plots/"))) {
            Path legacy = Files.createDirectory(tmp.resolve("legacy" + names.size() + names.get(0).length()));
            for (String n : names) {
                if (n.endsWith("/")) {
                    Files.createDirectories(legacy.resolve(n));
                } else {
                    Files.createDirectories(legacy.resolve(n).getParent());
                    Files.writeString(legacy.resolve(n), "mine: " + n);
                }
            }
            Map<String, byte[]> before = Trees.snapshot(legacy);
            IOException e = assertThrows(IOException.class, () -> writeResults(legacy, newer), names.toString());
            assertTrue(e.getMessage().startsWith("cannot write results to " + legacy + ": it is not a results folder "
                    + "of ldnwb (it has no .ldnwb-results and holds '"), e.getMessage());
            assertTrue(e.getMessage().endsWith("; delete it or choose another folder with --out"), e.getMessage());
            Trees.assertSame(before, Trees.snapshot(legacy), "kept");
            assertTrue(Files.isDirectory(legacy.resolve(names.get(0))) || Files.isRegularFile(legacy.resolve(
                    names.get(0))), names.toString());
        }
    }

    @Test
    void theInputFileIsNeverInsideTheFolderToBeReplaced(@TempDir Path tmp) throws Exception {
        // D2: an unmarked project folder holding the pipeline, and the copy in a marked results folder
        Path proj = Files.createDirectory(tmp.resolve("proj"));
        Path own = Files.copy(Path.of(FILE), proj.resolve("pipeline.ldnpipe"));
        byte[] mine = Files.readAllBytes(own);
        CliOutcome o = cli("run", own.toString(), "--out", proj.toString(), "--set", "dosing.amount=3", "--no-plots");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("--out " + proj + " holds the input file '" + own + "'"), o.err());
        assertArrayEquals(mine, Files.readAllBytes(own));
        Trees.assertNames(proj, "pipeline.ldnpipe");

        Path res = tmp.resolve("res");
        assertEquals(0, cli("run", FILE, "--out", res.toString(), "--no-plots").code());
        Map<String, byte[]> before = Trees.snapshot(res);
        o = cli("run", res.resolve("pipeline.ldnpipe").toString(), "--out", res.toString(), "--no-plots");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("holds the input file"), o.err());
        Trees.assertSame(before, Trees.snapshot(res), "kept");
        // through a symbolic link to the folder as well
        Path link = Files.createSymbolicLink(tmp.resolve("link"), res);
        o = cli("run", link.resolve("pipeline.ldnpipe").toString(), "--out", res.toString(), "--no-plots");
        assertEquals(2, o.code(), o.err());
        Trees.assertSame(before, Trees.snapshot(res), "kept");
    }

    @Test
    void aPlaceInsideAnotherRunsResultsFolderIsRefusedNamingIt(@TempDir Path tmp) throws Exception {
        // D5: --out R/ldn-pet, a scenario folder of another run R
        Path r = tmp.resolve("res");
        writeResults(r, earlier);
        Files.createDirectories(r.resolve("pet"));
        Map<String, byte[]> before = Trees.snapshot(r);
        for (Path inside : List.of(r.resolve("pet"), r.resolve("new"), r.resolve("a/b/c"))) {
            UsageException e = assertThrows(UsageException.class, () -> writeResults(inside, newer), inside.toString());
            assertEquals("--out " + inside + " lies inside " + r + ", the results folder of another run (it holds "
                    + ".ldnwb-results); ldnwb replaces that folder as a whole, so choose a folder outside it with "
                    + "--out", e.getMessage());
        }
        Trees.assertSame(before, Trees.snapshot(r), "kept");
        Path link = Files.createSymbolicLink(tmp.resolve("link"), r);
        assertThrows(UsageException.class, () -> writeResults(link.resolve("pet"), newer));
        CliOutcome o = cli("run", FILE, "--out", r.resolve("pet").toString(), "--no-plots");
        assertEquals(2, o.code(), o.err());
        Trees.assertSame(before, Trees.snapshot(r), "kept");
        writeResults(tmp.resolve("res2"), newer);
    }

    @Test
    void lockFileErrorsNameTheLockFileAndTheReason(@TempDir Path tmp) throws Exception {
        // D13: a named pipe planted at the lock path gave "error: Illegal seek"
        Path place = tmp.resolve("res");
        Path lock = tmp.resolve(LOCK);
        assertEquals(0, new ProcessBuilder("mkfifo", lock.toString()).start().waitFor());
        IOException e = assertThrows(IOException.class, () -> writeResults(place, newer));
        assertEquals("cannot write results to " + place + ": its lock file " + lock + " is not a regular file; "
                + "delete it (ldnwb makes it anew)", e.getMessage());
        Files.delete(lock);
        Files.createDirectory(lock);
        e = assertThrows(IOException.class, () -> writeResults(place, newer));
        assertTrue(e.getMessage().contains(lock + " is a folder"), e.getMessage());
        Files.delete(lock);
        writeResults(place, newer);
    }

    @Test
    void theRootTheHomeTheCurrentFolderAndItsParentsAreRefusedAsPlaces(@TempDir Path tmp) throws Exception {
        Path home = Path.of(System.getProperty("user.home"));
        Path cwd = Path.of("").toAbsolutePath();
        Map<Path, String> places = Map.of(Path.of("/"), "the root folder", home, "your home folder", Path.of("."),
                "the current folder", Path.of(""), "the current folder", Path.of(".."),
                "a parent of the current folder", cwd.resolve("x/../.."), "a parent of the current folder",
                Files.createSymbolicLink(tmp.resolve("to-home"), home), "your home folder");
        places.forEach((p, what) -> {
            UsageException e = assertThrows(UsageException.class, () -> new ResultsDirectory(p).close(), p.toString());
            assertTrue(e.getMessage().startsWith("--out " + p + " is " + what + "; "), e.getMessage());
        });
    }

    @Test
    void filesPutIntoTheFolderDuringTheRunAreKept(@TempDir Path tmp) throws Exception {
        Path place = tmp.resolve("res");
        writeResults(place, earlier);
        Map<String, byte[]> old = Trees.snapshot(place);
        try (ResultsDirectory d = new ResultsDirectory(place)) {
            RunCommand.write(d, FILE, pipeline, none(), newer, false);
            Files.writeString(place.resolve("notes.txt"), "written while the run simulated");
            IOException e = assertThrows(IOException.class, d::commit);
            assertTrue(e.getMessage().endsWith("; the new results are not kept"), e.getMessage());
        }
        Map<String, byte[]> now = Trees.snapshot(place);
        assertTrue(now.containsKey("notes.txt"));
        now.remove("notes.txt");
        Trees.assertSame(old, now, "earlier results");
        Trees.assertNames(tmp, LOCK, "res");
    }

    @Test
    void aSecondRunIntoTheSamePlaceIsRefusedAtOnceWhileTheFirstHoldsTheLock(@TempDir Path tmp) throws Exception {
        Path place = tmp.resolve("res");
        try (ResultsDirectory first = new ResultsDirectory(place)) {
            IOException e = assertThrows(IOException.class, () -> new ResultsDirectory(place));
            assertEquals(place + " is being written by another run in this process; wait until it has finished or "
                    + "choose another folder with --out", e.getMessage());
            CliOutcome o = cli("run", FILE, "--out", place.toString(), "--no-plots");
            assertEquals(1, o.code(), o.err());
            assertEquals("", o.out(), "refused before simulating");
            assertEquals("error: " + e.getMessage() + "\n", o.err());
        }
        assertTrue(Files.exists(tmp.resolve(LOCK)), "the lock file is never deleted");
        new ResultsDirectory(place).close();
    }

    @Test
    void anotherProcessHoldingTheLockIsNamedAndItsDeathReleasesTheLock(@TempDir Path tmp) throws Exception {
        Path place = tmp.resolve("res");
        Path holder = Files.writeString(tmp.resolve("Holder.java"), String.join("\n",
                "import java.nio.channels.*;",
                "import java.nio.file.*;",
                "public class Holder {",
                "  public static void main(String[] a) throws Exception {",
                "    FileChannel ch = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE,",
                "        StandardOpenOption.READ, StandardOpenOption.WRITE);",
                "    ch.lock();",
                "    ch.write(java.nio.ByteBuffer.wrap((\"pid \" + ProcessHandle.current().pid() + \"\\n\").getBytes()));",
                "    System.out.println(\"locked\");",
                "    System.out.flush();",
                "    Thread.sleep(120_000);",
                "  }",
                "}"));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, holder.toString(), tmp.resolve(LOCK).toString())
                .redirectErrorStream(true).start();
        try {
            String line = new String(p.getInputStream().readNBytes(7), StandardCharsets.US_ASCII);
            assertEquals("locked\n", line);
            long t0 = System.nanoTime();
            CliOutcome o = cli("run", FILE, "--out", place.toString(), "--no-plots");
            assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "refused at once");
            assertEquals(1, o.code(), o.err());
            assertEquals("error: " + place + " is being written by another ldnwb run (process " + p.pid()
                    + "); wait until it has finished or choose another folder with --out\n", o.err());
            assertFalse(Files.exists(place, LinkOption.NOFOLLOW_LINKS));
        } finally {
            p.destroyForcibly().waitFor();
        }
        CliOutcome o = cli("run", FILE, "--out", place.toString(), "--no-plots");
        assertEquals(0, o.code(), "the operating system released the lock of the killed holder: " + o.err());
    }

    static CliOutcome cli(String... args) {
        return CliOutcome.run(args);
    }
}
