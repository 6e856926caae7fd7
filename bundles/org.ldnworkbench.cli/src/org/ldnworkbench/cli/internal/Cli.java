package org.ldnworkbench.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.RegistryFactory;
import org.ldnworkbench.cli.command.CommandArguments;
import org.ldnworkbench.cli.command.CommandContext;
import org.ldnworkbench.cli.command.LdnwbCommand;
import org.ldnworkbench.cli.command.UsageException;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.PipelineFormatException;
import org.ldnworkbench.core.registry.MechanismRegistry;

/**
 * Runs one command line: looks the verb up among the {@link Commands} (built in, or contributed through
 * {@code org.ldnworkbench.cli.commands}), parses the rest against the command's declared options and runs it. Every
 * failure ends in one line on stderr and a non-zero exit code (1: the input or the run failed; 2: the command line is
 * wrong; 70: internal error, a contributed command that cannot be loaded included; 130: cancelled); {@code --debug}
 * adds the stack trace.
 */
public final class Cli implements CommandContext {
    private final PrintStream out;
    private final PrintStream err;
    private final MechanismCatalog catalog;
    private volatile String activity = "starting";
    /** Cancelled by {@link #cancel()} (Ctrl-C), read by the running simulations. */
    private final NullProgressMonitor cancellation = new NullProgressMonitor();
    /** Whether the running command watches {@link #cancellation}; until then Ctrl-C quits at once. */
    private volatile boolean watched;
    private Commands commands;

    public Cli(PrintStream out, PrintStream err) {
        this(out, err, null);
    }

    /** @param catalog the mechanisms, or null for the platform's registry */
    public Cli(PrintStream out, PrintStream err, MechanismCatalog catalog) {
        this.out = out;
        this.err = err;
        this.catalog = catalog;
    }

    /**
     * Asks the running command to stop (Ctrl-C, {@link Interrupts}): the simulations stop at their next step and
     * {@code run} writes what they computed, marked incomplete. Safe from any thread.
     *
     * @return whether the running command watches for it ({@link #cancellation()} was asked for); if not, the
     *         caller quits at once
     */
    boolean cancel() {
        cancellation.setCanceled(true);
        return watched;
    }

    /**
     * @return cancelled once {@link #cancel()} was called; only its {@code isCanceled()} is meaningful. The caller
     *         promises to watch it from now on: Ctrl-C then cancels instead of quitting at once.
     */
    IProgressMonitor cancellation() {
        watched = true;
        return cancellation;
    }

    @Override
    public MechanismCatalog catalog() {
        return catalog != null ? catalog : MechanismRegistry.getDefault();
    }

    @Override
    public PrintStream out() {
        return out;
    }

    @Override
    public PrintStream err() {
        return err;
    }

    /**
     * Records what the command is doing, for the message of a failure that interrupts it (an out-of-memory error
     * names it: {@code out of memory while reading '/dev/zero'}).
     */
    @Override
    public void doing(String activity) {
        this.activity = activity;
    }

    /** @return the built-in commands in their usage order, then the contributed ones; read once, on first use */
    Commands commands() {
        if (commands == null) {
            commands = new Commands(List.of(new RunCommand(this), new ValidateCommand(), new ListCommand(),
                    new DescribeCommand(this), new ScanCommand(this), new HelpCommand(this)),
                    RegistryFactory.getRegistry());
        }
        return commands;
    }

    /**
     * Runs one command line. Whatever is thrown, {@link Error}s included, ends in one line on stderr and a non-zero
     * exit code; nothing escapes to the caller.
     *
     * @return the exit code: 0, 1 (the input or the run failed), 2 (the command line is wrong), 70 (internal
     *         error), 130 (cancelled)
     */
    public int execute(String[] argv) {
        boolean debug = argv != null && Arrays.asList(argv).contains("--debug");
        int code;
        try {
            code = dispatch(argv == null ? new String[0] : argv, debug);
        } catch (Throwable t) {
            code = unexpected(t, debug);
        }
        return outputWritten(code);
    }

    /**
     * @return {@code code}, or {@link Failure#INPUT} with a line on stderr when standard output could not take
     *         everything printed (a full disk behind {@code > table.txt}, a closed pipe): a PrintStream only records
     *         the failure, and a script would take the table as complete
     */
    private int outputWritten(int code) {
        if (!out.checkError()) { // flushes first
            return code;
        }
        err.println("ldnwb: standard output could not take everything printed (a full disk or a closed pipe?): what"
                + " it shows is incomplete");
        return code == 0 ? Failure.INPUT : code;
    }

    private int unexpected(Throwable t, boolean debug) {
        try {
            Failure f = Failure.of(t, activity, debug);
            line(f.line());
            trace(debug, t);
            return f.exitCode();
        } catch (Throwable again) {
            err.println(Failure.LAST_RESORT);
            return Failure.INPUT;
        }
    }

    private int dispatch(String[] argv, boolean debug) throws Exception {
        List<String> args = new ArrayList<>(Arrays.asList(argv));
        args.remove("--debug");
        if (args.isEmpty()) {
            err.print(Usage.overview(commands().all()));
            return 2;
        }
        if (args.get(0).equals("--help") || args.get(0).equals("-h")) {
            args.set(0, "help");
        }
        String command = args.remove(0);
        doing("running ldnwb " + Names.quote(command));
        try {
            LdnwbCommand c = commands().command(command);
            // "--help" is never an option's value (a value cannot start with --), so it asks for the usage
            if (args.contains("--help")) {
                out.print(Usage.of(c));
                return 0;
            }
            return c.execute(CommandArguments.parse(args, c.options()), this);
        } catch (UsageException e) {
            line("ldnwb " + TextTable.name(command) + ": " + e.getMessage() + " (ldnwb --help shows the usage)");
            return 2;
        } catch (Commands.UnusableCommandException e) {
            line("error: " + e.getMessage());
            return Failure.INTERNAL;
        } catch (PipelineFormatException | CompileException | SimulationException | IOException e) {
            line("error: " + e.getMessage());
            trace(debug, e);
            return 1;
        } catch (OperationCanceledException e) {
            err.println("cancelled");
            return Failure.CANCELLED;
        }
    }

    /**
     * Prints a message as one line on stderr: whatever control characters a message carries (from a file, a
     * mechanism or the command line) are escaped, so that it stays one line and cannot drive the terminal.
     */
    private void line(String message) {
        err.println(Names.escape(message));
    }

    private void trace(boolean debug, Throwable t) {
        if (debug) {
            t.printStackTrace(err);
        }
    }

    /**
     * Reads a pipeline file, naming it in errors: a file argument that {@link Names#quote} would cut or escape (a
     * 100 kB path, control characters) is shown quoted, never whole.
     */
    public static Pipeline read(String file) throws PipelineFormatException {
        try {
            return PipelineFiles.read(Path.of(file));
        } catch (PipelineFormatException e) {
            String shown = shownFile(file);
            String m = e.getMessage();
            if (shown.equals(file) || m == null) {
                throw e;
            }
            for (String prefix : List.of(file, Path.of(file).toString())) {
                if (m.startsWith(prefix)) {
                    throw new PipelineFormatException(shown + m.substring(prefix.length()), e);
                }
            }
            throw e;
        }
    }

    /**
     * @return a file argument for messages: as typed when {@link Names#quote} would show it whole and unchanged,
     *         else {@link Names#quote} (cut with its length, control characters escaped)
     */
    public static String shownFile(String file) {
        String q = Names.quote(file);
        return q.equals("'" + file + "'") ? file : q;
    }
}
