package org.ldnworkbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.cli.command.CommandArguments;
import org.ldnworkbench.cli.command.UsageException;
import org.ldnworkbench.core.pipeline.ParameterLayer;

/** Numbers, whole-number options and tables of the command line: strict where typed, linear where shown. */
class CommandLineTest {

    @Test
    void onlyPlainDecimalNumbersAreAccepted() throws Exception {
        assertEquals(-1.5, Numbers.parse("-1.5", "--set x.y"));
        assertEquals(2e-3, Numbers.parse("2e-3", "--set x.y"));
        assertEquals(0.5, Numbers.parse(".5", "--set x.y"));
        assertEquals(3.0, Numbers.parse("3.", "--set x.y"));
        assertEquals(1e3, Numbers.parse("+1E+3", "--set x.y"));
        for (String bad : List.of("4.5d", "0x1p2", "1f", " 3 ", "3 ", "Infinity", "-Infinity", "NaN", "", "-", ".",
                "e5", "1e", "1e+", "--1", "1.2.3", "1_000", "١", "1e999", "fast")) {
            UsageException e = assertThrows(UsageException.class, () -> Numbers.parse(bad, "--set dosing.amount"),
                    bad);
            assertTrue(e.getMessage().startsWith("--set dosing.amount: '" + bad + "' is not a finite number"),
                    e.getMessage());
        }
        UsageException e = assertThrows(UsageException.class, () -> Numbers.parse("1\u001b[2J", "--values"));
        assertTrue(e.getMessage().startsWith("--values: '1\\u001b[2J' is not"), e.getMessage());
    }

    @Test
    void wholeNumberOptionsTakeOnlyDigitsWithinTheirRange() throws Exception {
        CommandArguments a = new CommandArguments(List.of("--repeat", "007", "--warmup", "0"), Set.of("--repeat", "--warmup", "--threads"),
                Set.of());
        assertEquals(7, a.intValue("--repeat", 20, 1));
        assertEquals(0, a.intValue("--warmup", 60, 0));
        assertEquals(4, a.intValue("--threads", 4, 1));
        for (String bad : List.of("0", "-1", "+3", "0x10", "1e3", " 2", "2.0", "99999999999999999999", "100001", "")) {
            CommandArguments b = new CommandArguments(List.of("--repeat", bad), Set.of("--repeat"), Set.of());
            UsageException e = assertThrows(UsageException.class, () -> b.intValue("--repeat", 20, 1), bad);
            assertEquals("--repeat: expected a whole number from 1 to 100000, got '" + bad + "'", e.getMessage());
        }
        // the same through a command (bench's --repeat, which this assertion used, is in the bench bundle now and
        // asserted in its tests)
        CliOutcome o = ResultsDirectoryTest.cli("scan", ResultsDirectoryTest.FILE, "--param",
                "dosing.amount", "--values", "1,2", "--threads", "0x10");
        assertEquals(2, o.code());
        assertEquals("ldnwb scan: --threads: expected a whole number from 1 to " + ScanCommand.MAX_THREADS
                + ", got '0x10' (ldnwb --help shows the usage)\n", o.err());
    }

    @Test
    void aScanRefusesMoreThreadsThanItsLimitAndASetOfTheScannedParameter() {
        CliOutcome o = ResultsDirectoryTest.cli("scan", ResultsDirectoryTest.FILE, "--param", "dosing.amount",
                "--values", "1,2", "--threads", String.valueOf(ScanCommand.MAX_THREADS + 1));
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("--threads: expected a whole number from 1 to " + ScanCommand.MAX_THREADS), o.err());
        o = ResultsDirectoryTest.cli("scan", ResultsDirectoryTest.FILE, "--param", "dosing.amount", "--values", "1,2",
                "--set", "dosing.amount=3");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("--set 'dosing.amount=3' sets the scanned parameter 'dosing.amount'"), o.err());
    }

    @Test
    void anOptionOfOneValueGivenTwiceIsRefusedNamingBothValues() {
        CliOutcome o = ResultsDirectoryTest.cli("run", ResultsDirectoryTest.FILE, "--out", "a", "--out", "b");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("option '--out' is given 2 times ('a', 'b'); give it once"), o.err());
        o = ResultsDirectoryTest.cli("scan", ResultsDirectoryTest.FILE, "--param", "dosing.amount", "--param",
                "dosing.count", "--values", "1,2");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("option '--param' is given 2 times"), o.err());
    }

    @Test
    void userTextInMessagesIsQuotedAndEscaped(@TempDir Path tmp) {
        CliOutcome o = ResultsDirectoryTest.cli("run", ResultsDirectoryTest.FILE, "--set",
                "dosing.amount=4.5d", "--out", tmp.resolve("res").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("'4.5d' is not a finite number"), o.err());
        o = ResultsDirectoryTest.cli("run", ResultsDirectoryTest.FILE, "--frob\u001b]0;x\u0007");
        assertEquals("ldnwb run: unknown option '--frob\\u001b]0;x\\u0007' (ldnwb --help shows the usage)\n",
                o.err());
        o = ResultsDirectoryTest.cli("x".repeat(500));
        assertEquals(1, o.err().lines().count());
        assertTrue(o.err().length() < 400, o.err());
    }

    @Test
    void aTableWithAHundredKilobyteNameIsPrintedInLinearTime() {
        String name = "a".repeat(50_000) + " ".repeat(50_000) + "b";
        TextTable t = new TextTable("metric", "x");
        t.row(name, "1");
        t.row("y", "9".repeat(100_000) + "x");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        t.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        for (int i = 0; i < 20; i++) {
            TextTable.stripTrailingSpace("x" + " ".repeat(100_000) + "y" + " ".repeat(100_000));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 2, "took " + seconds + " s");
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(4, lines.length);
        for (String l : lines) {
            assertFalse(l.endsWith(" "), "trailing space stripped");
        }
        assertEquals("x", TextTable.stripTrailingSpace("x \t "));
    }

    @Test
    void namesInTablesAreEscapedAndCut() {
        assertEquals("50 mg", TextTable.name("50 mg"));
        assertEquals("a\\u001b[31mred", TextTable.name("a\u001b[31mred"));
        String cut = TextTable.name("x".repeat(100_000));
        assertEquals(TextTable.MAX_NAME, cut.length());
        assertTrue(cut.endsWith("..."));
        String emoji = "x".repeat(TextTable.MAX_NAME - 4) + "\uD83D\uDE00" + "y".repeat(10);
        assertFalse(Character.isHighSurrogate(TextTable.name(emoji).charAt(TextTable.name(emoji).length() - 4)));
    }

    @Test
    void anOptionIsNeverTakenAsTheValueOfAnother(@TempDir Path tmp) throws Exception {
        // D20: "--out --no-plots" made a folder named --no-plots
        UsageException e = assertThrows(UsageException.class,
                () -> new CommandArguments(List.of("f", "--out", "--no-plots"), Set.of("--out"), Set.of("--no-plots")));
        assertEquals("option '--out' needs a value, got the option '--no-plots' (to give a value starting with --, "
                + "write '--out=VALUE')", e.getMessage());
        assertEquals("--x", new CommandArguments(List.of("--out=--x"), Set.of("--out"), Set.of()).value("--out"));
        assertEquals("-1", new CommandArguments(List.of("--set", "-1"), Set.of("--set"), Set.of()).value("--set"));
        Path cwd = Path.of("--no-plots").toAbsolutePath();
        CliOutcome o = ResultsDirectoryTest.cli("run", ResultsDirectoryTest.FILE, "--out",
                "--no-plots");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("'--out'") && o.err().contains("'--no-plots'"), o.err());
        assertFalse(java.nio.file.Files.exists(cwd));
    }

    @Test
    void theDefaultResultsFolderIsAPlainFolderName() {
        // D18: ".ldnpipe" gave results/ itself, "...ldnpipe" results/..
        assertEquals(Path.of("results", "single-50mg"), RunCommand.defaultOut("examples/single-50mg.ldnpipe"));
        assertEquals(Path.of("results", "notes.txt"), RunCommand.defaultOut("notes.txt"));
        for (String f : List.of(".ldnpipe", "x/.ldnpipe", "...ldnpipe", "..ldnpipe", ".hidden.ldnpipe",
                "a\u001b[2J.ldnpipe", "/", "..", ".")) {
            assertEquals(Path.of("results", RunCommand.DEFAULT_NAME), RunCommand.defaultOut(f), f);
        }
    }

    @Test
    void presetsAreTakenAsTypedAndControlCharactersAreRefused() throws Exception {
        ParameterLayer s = OverrideOptions.layer(new CommandArguments(List.of("--preset", "receptor= x"), Set.of("--preset"), Set.of()));
        assertEquals(" x", s.presets().get("receptor"), "not trimmed: the compiler refuses the unknown preset");
        UsageException e = assertThrows(UsageException.class, () -> OverrideOptions.layer(new CommandArguments(List.of("--preset",
                "receptor=\u001b[31mx"), Set.of("--preset"), Set.of())));
        assertEquals("--preset 'receptor=\\u001b[31mx': contains control characters", e.getMessage());
        CliOutcome o = ResultsDirectoryTest.cli("validate", ResultsDirectoryTest.FILE, "--preset",
                "receptor= rapid-equilibrium");
        assertEquals(1, o.code(), o.err());
    }

    @Test
    void aHundredKilobyteFileArgumentIsQuotedNotEchoed(@TempDir Path tmp) {
        String file = tmp.resolve("a/".repeat(50_000) + "x.ldnpipe").toString();
        for (String command : List.of("run", "validate")) {
            CliOutcome o = ResultsDirectoryTest.cli(command, file, "--set", "dosing.amount=3");
            assertEquals(1, o.code(), o.err());
            String head = o.err().substring(0, Math.min(200, o.err().length()));
            assertEquals(1, o.err().lines().count(), head);
            assertTrue(o.err().length() < 400, o.err().length() + ": " + head);
            assertTrue(o.err().contains(" characters)"), o.err());
        }
        assertEquals("examples/x.ldnpipe", Cli.shownFile("examples/x.ldnpipe"));
        assertEquals("'a\\u001b[2J.ldnpipe'", Cli.shownFile("a\u001b[2J.ldnpipe"));
    }
}
