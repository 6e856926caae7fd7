package org.ldnworkbench.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.OperationCanceledException;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.MechanismCatalog;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.Problem;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.ParameterLayer;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.PipelineFormatException;
import org.ldnworkbench.core.pipeline.PortRef;
import org.ldnworkbench.core.registry.MechanismRegistry;

/**
 * Parses a command line and runs one sub-command. Every failure ends in one line on stderr and a non-zero exit
 * code (1: the input or the run failed; 2: the command line is wrong; 70: internal error; 130: cancelled);
 * {@code --debug} adds the stack trace.
 */
public final class Cli {
    static final String USAGE = String.join("\n",
            "usage: ldnwb                      open the workbench",
            "       ldnwb run FILE [--out DIR] [--set node.param=value]... [--preset node=preset] [--no-plots]",
            "       ldnwb validate FILE",
            "       ldnwb list",
            "       ldnwb describe MECHANISM   parameters, states, ports, presets and metrics of one mechanism",
            "       ldnwb scan FILE --param node.param (--values a,b,c | --range lo:hi:n[:log]) [--out DIR]",
            "                       [--set node.param=value]... [--preset node=preset] [--threads N]",
            "       ldnwb bench FILE [--repeat N (20)] [--warmup N (60+)] [--hand-coded]",
            "options for every command: --debug (stack traces on errors)");

    private final PrintStream out;
    private final PrintStream err;
    private final MechanismCatalog catalog;
    private volatile String activity = "starting";

    public Cli(PrintStream out, PrintStream err) {
        this(out, err, null);
    }

    /** @param catalog the mechanisms, or null for the platform's registry */
    public Cli(PrintStream out, PrintStream err, MechanismCatalog catalog) {
        this.out = out;
        this.err = err;
        this.catalog = catalog;
    }

    MechanismCatalog catalog() {
        return catalog != null ? catalog : MechanismRegistry.getDefault();
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /**
     * Records what the command is doing, for the message of a failure that interrupts it (an out-of-memory error
     * names it: {@code out of memory while reading '/dev/zero'}).
     */
    void doing(String activity) {
        this.activity = activity;
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
        try {
            return dispatch(argv == null ? new String[0] : argv, debug);
        } catch (Throwable t) {
            return unexpected(t, debug);
        }
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

    private int dispatch(String[] argv, boolean debug) {
        List<String> args = new ArrayList<>(Arrays.asList(argv));
        args.remove("--debug");
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            (args.isEmpty() ? err : out).println(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        String command = args.remove(0);
        doing("running ldnwb " + Names.quote(command));
        try {
            switch (command) {
            case "run":
                return new RunCommand(this).execute(new Args(args, Set.of("--out", "--set", "--preset"),
                        Set.of("--no-plots")));
            case "validate":
                return validate(new Args(args, Set.of("--set", "--preset"), Set.of()));
            case "list":
                return list(new Args(args, Set.of(), Set.of()));
            case "describe":
                return new DescribeCommand(this).execute(new Args(args, Set.of(), Set.of()));
            case "scan":
                return new ScanCommand(this).execute(new Args(args, Set.of("--out", "--set", "--preset", "--param",
                        "--values", "--range", "--threads"), Set.of("--no-plots")));
            case "bench":
                return new BenchCommand(this).execute(new Args(args, Set.of("--repeat", "--warmup"),
                        Set.of("--hand-coded")));
            default:
                throw new UsageException("unknown command " + Names.quote(command)
                        + " (commands: run, validate, list, describe, scan, bench)");
            }
        } catch (UsageException e) {
            line("ldnwb " + TextTable.name(command) + ": " + e.getMessage() + " (ldnwb --help shows the usage)");
            return 2;
        } catch (PipelineFormatException | CompileException | SimulationException e) {
            line("error: " + e.getMessage());
            trace(debug, e);
            return 1;
        } catch (OperationCanceledException e) {
            err.println("cancelled");
            return Failure.CANCELLED;
        } catch (java.io.IOException e) {
            line("error: " + e.getMessage());
            trace(debug, e);
            return 1;
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
    static Pipeline read(String file) throws PipelineFormatException {
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
    static String shownFile(String file) {
        String q = Names.quote(file);
        return q.equals("'" + file + "'") ? file : q;
    }

    /** The layer of {@code --set} and {@code --preset} overrides, applied after the pipeline's scenarios. */
    static ParameterLayer overrides(Args a) throws UsageException {
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, String> presets = new LinkedHashMap<>();
        for (String set : a.values("--set")) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--set expects node.param=value, got " + Names.quote(set));
            }
            String key = set.substring(0, eq).trim();
            try {
                PortRef.parse(key);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--set " + Names.quote(set) + ": " + Names.quote(key)
                        + " is not of the form node.param");
            }
            values.put(key, Numbers.parse(set.substring(eq + 1), "--set " + key));
        }
        for (String p : a.values("--preset")) {
            int eq = p.indexOf('=');
            if (eq <= 0 || eq == p.length() - 1) {
                throw new UsageException("--preset expects node=preset, got " + Names.quote(p));
            }
            // not trimmed: a preset named with spaces or control characters is refused, never silently changed
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0) {
                    throw new UsageException("--preset " + Names.quote(p) + ": contains control characters");
                }
            }
            presets.put(p.substring(0, eq), p.substring(eq + 1));
        }
        return ParameterLayer.commandLine(presets, values);
    }

    private int validate(Args a) throws UsageException, PipelineFormatException, CompileException,
            SimulationException {
        String file = a.file("validate");
        Pipeline p = read(file);
        ParameterLayer cli = overrides(a);
        List<Problem> problems = new ArrayList<>();
        PipelineCompiler compiler = new PipelineCompiler(catalog());
        boolean noOverrides = cli.isEmpty();
        List<CompiledPipeline> compiled = List.of();
        if (noOverrides) {
            problems.addAll(compiler.validate(p));
        }
        if (problems.isEmpty()) {
            try {
                compiled = compiler.compileAll(p, file, noOverrides ? List.of() : List.of(cli));
            } catch (CompileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new CompileException(file, problems);
        }
        // what run refuses before its first step (events, ranges and the fixed step at the start), refused here too
        for (CompiledPipeline c : compiled) {
            try {
                Simulator.preflight(c);
            } catch (SimulationException e) {
                String scenario = c.scenarioId();
                throw new SimulationException((scenario.isEmpty() ? "" : "scenario '" + scenario + "': ")
                        + e.getMessage(), e.time(), e.node(), e);
            }
        }
        int runs = Math.max(1, p.scenarios().size());
        out.println(Names.escape(file) + ": valid (" + p.nodes().size() + " nodes, " + p.connections().size() + " connections, "
                + runs + " scenario" + (runs > 1 ? "s" : "") + ")");
        return 0;
    }

    private int list(Args a) throws UsageException {
        if (!a.positional().isEmpty()) {
            throw new UsageException("list takes no arguments");
        }
        TextTable t = new TextTable("mechanism", "name", "bundle", "version", "inputs", "outputs", "presets");
        List<MechanismSpec> specs = new ArrayList<>(catalog().all());
        specs.sort((x, y) -> x.id().compareTo(y.id()));
        for (MechanismSpec s : specs) {
            List<String> presets = new ArrayList<>();
            s.presets().forEach(pr -> presets.add(pr.id() + (pr.isDefault() ? " (default)" : "")));
            t.row(s.id(), s.name(), s.contributor(), s.version(), ports(s.inputs()), ports(s.outputs()),
                    presets.isEmpty() ? "-" : String.join(", ", presets));
        }
        t.print(out);
        for (MechanismSpec s : specs) {
            s.presets().forEach(pr -> {
                if (!pr.description().isEmpty()) {
                    out.println();
                    out.println(s.id() + " preset " + pr.id() + ": " + pr.description());
                }
            });
        }
        if (catalog() instanceof MechanismRegistry) {
            for (String problem : ((MechanismRegistry) catalog()).problems()) {
                err.println("warning: " + problem);
            }
        }
        return 0;
    }

    private static String ports(List<PortSpec> ports) {
        if (ports.isEmpty()) {
            return "-";
        }
        List<String> l = new ArrayList<>();
        for (PortSpec p : ports) {
            l.add(p.name() + " [" + p.unit() + (p.isEvent() ? ", event" : "") + "]");
        }
        return String.join(", ", l);
    }
}
