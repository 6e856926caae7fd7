package org.ldnworkbench.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ldnworkbench.cli.command.CommandOption;
import org.ldnworkbench.cli.command.LdnwbCommand;

/**
 * The verbs as classes: the usage is generated from their declarations, a verb's {@code --help} shows its options,
 * and the commands this fragment contributes (one working, the others broken in every way its fragment.xml shows)
 * change nothing for the other commands.
 */
class CommandsTest {
    static final List<String> BUILT_IN = List.of("run", "validate", "list", "describe", "scan", "help");
    static final List<String> CONTRIBUTED = List.of("echo-test", "misnamed-test", "missing-class-test",
            "not-a-command-test", "throwing-test");

    private static List<LdnwbCommand> builtIns() {
        Cli cli = new Cli(new PrintStream(PrintStream.nullOutputStream()), new PrintStream(
                PrintStream.nullOutputStream()));
        return cli.commands().all().stream().filter(e -> e instanceof CommandEntry.BuiltIn)
                .map(CommandEntry::command).toList();
    }

    @Test
    void theUsageListsEveryVerbWithItsOptionsAndEveryContribution() {
        CliOutcome o = ResultsDirectoryTest.cli("--help");
        assertEquals(0, o.code(), o.err());
        List<LdnwbCommand> builtIns = builtIns();
        assertEquals(BUILT_IN, builtIns.stream().map(LdnwbCommand::name).toList());
        for (LdnwbCommand c : builtIns) {
            int at = o.out().indexOf("\n  ldnwb " + c.name() + (c.operands().isEmpty() ? "" : " " + c.operands()));
            assertTrue(at >= 0, c.name() + " in " + o.out());
            int summary = o.out().indexOf("\n      " + c.summary() + "\n", at);
            assertTrue(summary > at, c.summary() + " under " + c.name() + " in " + o.out());
            String entry = o.out().substring(at, summary);
            for (CommandOption option : c.options()) {
                assertTrue(entry.contains(option.synopsis()), option.synopsis() + " in " + entry);
            }
        }
        assertTrue(o.out().contains("\n  ldnwb run FILE [--out DIR] [--set node.param=value]... "
                + "[--preset node=preset]... [--no-plots]\n            [--mechanism-timeout SECONDS]\n"), o.out());
        // the options of one choice shown as one alternative, not as two optional options
        assertTrue(o.out().contains("\n  ldnwb scan FILE --param node.param (--values a,b,c | --range lo:hi:n[:log]) "
                + "[--out DIR]\n"), o.out());
        for (String name : CONTRIBUTED) {
            assertTrue(o.out().contains("\n  ldnwb " + name + " ...   (from "), name + " in " + o.out());
        }
        assertTrue(o.out().contains("every command: --debug print the stack trace of an error; --help show the "
                + "usage of the command\n"), o.out());
        // no arguments: the same usage, on stderr, as a wrong command line
        CliOutcome none = ResultsDirectoryTest.cli();
        assertEquals(2, none.code());
        assertTrue(none.err().startsWith(o.out()), none.err());
        assertEquals(o.out(), ResultsDirectoryTest.cli("help").out());
    }

    @Test
    void eachVerbShowsItsOwnUsageWithEveryOption(@TempDir Path tmp) {
        for (LdnwbCommand c : builtIns()) {
            CliOutcome o = ResultsDirectoryTest.cli(c.name(), "--help");
            assertEquals(0, o.code(), o.err());
            assertEquals("", o.err());
            assertTrue(o.out().startsWith("usage: ldnwb " + c.name()), o.out());
            assertTrue(o.out().contains("\n" + c.summary() + "\n"), o.out());
            for (CommandOption option : c.options()) {
                assertTrue(o.out().contains("\n  " + option.name() + (option.takesValue() ? " " + option.value() : "")
                        + " "), option.name() + " in " + o.out());
                assertTrue(o.out().contains(option.description()), option.description() + " in " + o.out());
            }
            assertTrue(o.out().contains("\n  --debug ") && o.out().contains("\n  --help "), o.out());
            assertEquals(o.out(), ResultsDirectoryTest.cli("help", c.name()).out());
        }
        assertEquals(List.of("usage: ldnwb run FILE [--out DIR] [--set node.param=value]... [--preset node=preset]... "
                + "[--no-plots]", " ".repeat("usage: ldnwb run ".length()) + "[--mechanism-timeout SECONDS]"),
                ResultsDirectoryTest.cli("run", "--help").out().lines().limit(2).toList());
        String scan = ResultsDirectoryTest.cli("scan", "--help").out();
        assertTrue(scan.contains("the values to run (this or --range)\n")
                && scan.contains("log-evenly spaced (this or --values)\n"), scan);
        // --help anywhere asks for the usage: nothing is run, no folder written
        Path out = tmp.resolve("never");
        CliOutcome o = ResultsDirectoryTest.cli("run", ResultsDirectoryTest.FILE, "--out", out.toString(), "--help");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().startsWith("usage: ldnwb run "), o.out());
        assertFalse(Files.exists(out));
        CliOutcome echo = ResultsDirectoryTest.cli("echo-test", "--help");
        assertEquals(0, echo.code(), echo.err());
        assertTrue(echo.out().startsWith("usage: ldnwb echo-test WORD... [--upper] [--prefix TEXT]\n"), echo.out());
    }

    @Test
    void anUnknownVerbNamesItselfAndEveryCommand() {
        CliOutcome o = ResultsDirectoryTest.cli("frobnicate", "x");
        assertEquals(2, o.code());
        assertEquals("", o.out());
        assertEquals("ldnwb frobnicate: unknown command 'frobnicate' (commands: run, validate, list, describe, scan, "
                + "help, echo-test, misnamed-test, missing-class-test, not-a-command-test, throwing-test) "
                + "(ldnwb --help shows the usage)\n", o.err());
        CliOutcome help = ResultsDirectoryTest.cli("help", "frobnicate");
        assertEquals(2, help.code());
        assertTrue(help.err().startsWith("ldnwb help: unknown command 'frobnicate' (commands: run,"), help.err());
    }

    @Test
    void brokenContributionsAreReportedOnceAndTheOtherCommandsWork() {
        CliOutcome help = ResultsDirectoryTest.cli("--help");
        List<String> warnings = help.err().lines().toList();
        assertEquals(3, warnings.size(), help.err());
        for (String problem : List.of("command 'run': the name is taken by a built-in command",
                "command 'no-summary-test': no summary", "name 'Bad_Name' is not lower-case words joined by -")) {
            assertEquals(1, warnings.stream().filter(w -> w.startsWith("warning: command contribution of bundle ")
                    && w.endsWith(" left out: " + problem)).count(), problem + " in " + help.err());
        }
        assertFalse(help.out().contains("no-summary-test") || help.out().contains("Bad_Name"), help.out());
        for (String[] broken : List.of(
                new String[] { "missing-class-test", "its class 'org.ldnworkbench.cli.tests.NoSuchCommand' cannot "
                        + "be created: ClassNotFoundException: org.ldnworkbench.cli.tests.NoSuchCommand" },
                new String[] { "not-a-command-test", "its class 'org.ldnworkbench.cli.tests.NotACommand' is not an "
                        + "org.ldnworkbench.cli.command.LdnwbCommand" },
                new String[] { "misnamed-test", "its class calls itself 'echo-test', plugin.xml calls it "
                        + "'misnamed-test'" },
                new String[] { "throwing-test", "cannot be created: IllegalStateException: the test command refuses "
                        + "to be made" })) {
            for (String[] argv : List.of(new String[] { broken[0] }, new String[] { broken[0], "--help" })) {
                CliOutcome o = ResultsDirectoryTest.cli(argv);
                assertEquals(Failure.INTERNAL, o.code(), o.err());
                assertEquals("", o.out());
                assertEquals(1, o.err().lines().count(), o.err());
                assertTrue(o.err().startsWith("error: command '" + broken[0] + "' of bundle '"), o.err());
                assertTrue(o.err().contains("' cannot be used: "), o.err());
                assertTrue(o.err().contains(broken[1]), o.err());
            }
        }
        CliOutcome echo = ResultsDirectoryTest.cli("echo-test", "hello", "world", "--upper", "--prefix", "> ");
        assertEquals(0, echo.code(), echo.err());
        assertEquals("> HELLO WORLD\n", echo.out());
        CliOutcome list = ResultsDirectoryTest.cli("list");
        assertEquals(0, list.code(), list.err());
        assertFalse(list.err().contains("command"), list.err());
        CliOutcome validate = ResultsDirectoryTest.cli("validate", ResultsDirectoryTest.FILE);
        assertEquals(0, validate.code(), validate.err());
    }
}
