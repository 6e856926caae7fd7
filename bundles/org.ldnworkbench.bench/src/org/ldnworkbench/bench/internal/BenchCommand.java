package org.ldnworkbench.bench.internal;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

import org.ldnworkbench.cli.command.AbstractCommand;
import org.ldnworkbench.cli.command.CommandArguments;
import org.ldnworkbench.cli.command.CommandContext;
import org.ldnworkbench.cli.command.CommandOption;
import org.ldnworkbench.cli.command.UsageException;
import org.ldnworkbench.cli.internal.Cli;
import org.ldnworkbench.cli.internal.Numbers;
import org.ldnworkbench.cli.internal.TextTable;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.engine.SimulationResult;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.internal.engine.AllocationMeter;
import org.ldnworkbench.core.internal.engine.CompiledPlans;
import org.ldnworkbench.core.internal.engine.PlanEvaluator;
import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFormatException;
import org.ldnworkbench.core.pipeline.SimulationSettings;

/**
 * {@code ldnwb bench}, contributed through {@code org.ldnworkbench.cli.commands} by this bundle, which no product
 * feature includes (docs/BENCHMARKS.md says how to run it from the source tree): times simulations of the
 * pipeline's first scenario (median of repeats after warm-up), measures the bytes allocated per right-hand-side call, and with {@code --hand-coded} compares against the same equations
 * written by hand in one class (the default LDN pipeline only).
 */
public final class BenchCommand extends AbstractCommand {
    private static final List<CommandOption> OPTIONS = List.of(
            CommandOption.valued("--repeat", "N", "timed runs (default 20)"),
            CommandOption.valued("--warmup", "N", "warm-up runs at least, then until the JIT is quiet (default 60)"),
            CommandOption.flag("--hand-coded", "also time the same equations written by hand in one class (the "
                    + "default LDN pipeline only)"));

    /** Public no-argument constructor for the extension registry. */
    public BenchCommand() {
        super("bench",
                "time simulations of a pipeline's first scenario and the bytes its right-hand side allocates",
                "FILE", OPTIONS);
    }

    @Override
    public int execute(CommandArguments a, CommandContext cli) throws UsageException, PipelineFormatException,
            CompileException, SimulationException {
        String file = a.file("bench");
        int repeat = a.intValue("--repeat", 20, 1);
        int warmup = a.intValue("--warmup", 60, 0);
        Pipeline p = Cli.read(file);
        CompiledPipeline cp = new PipelineCompiler(cli.catalog()).compileAll(p, file, List.of()).get(0);
        SimulationSettings s = cp.settings();
        var out = cli.out();
        out.printf("%s: %s, %s-%s h, step %s h, rtol %s, atol %s, %s; at least %d warm-up + %d timed runs%n%n",
                Names.escape(file), TextTable.name(cp.scenarioName()), Numbers.fmt(s.start()), Numbers.fmt(s.end()),
                Numbers.fmt(s.step()),
                Numbers.fmt(s.rtol()), Numbers.fmt(s.atol()), s.integrator().word(), warmup, repeat);
        SimulationResult[] last = new SimulationResult[1];
        Work engineRun = () -> last[0] = Simulator.run(cp);
        TextTable t = new TextTable("implementation", "median [ms]", "min [ms]", "max [ms]", "ratio");
        double engineMedian;
        if (a.flag("--hand-coded")) {
            HandCodedLdnPipeline hand;
            try {
                hand = new HandCodedLdnPipeline(CompiledPlans.planOf(cp), s.start(), s.end(), s.step(), s.rtol(),
                        s.atol());
            } catch (IllegalArgumentException e) {
                throw new UsageException("--hand-coded needs the default LDN pipeline: " + e.getMessage());
            }
            Work handRun = hand::run;
            // interleaved, so that drifts of the machine's speed hit both alike; the ratio is the median of the
            // per-pair ratios
            int warmed = warmUp(warmup, () -> {
                engineRun.run();
                handRun.run();
            });
            double[] engine = new double[repeat];
            double[] handTimes = new double[repeat];
            double[] ratios = new double[repeat];
            for (int i = 0; i < repeat; i++) {
                engine[i] = time(1, engineRun)[0];
                handTimes[i] = time(1, handRun)[0];
                ratios[i] = engine[i] / handTimes[i];
            }
            engineMedian = median(engine);
            t.row("hand-coded (one class)", ms(median(handTimes)), ms(min(handTimes)), ms(max(handTimes)), "1.00");
            t.row("engine (compiled pipeline)", ms(engineMedian), ms(min(engine)), ms(max(engine)),
                    String.format(java.util.Locale.ROOT, "%.2f", median(ratios)));
            double worst = maxRelDiff(last[0], hand.run());
            t.print(out);
            out.printf("%n%d warm-up runs (at least %d, then until the JIT compiled nothing for %d runs)%n", warmed,
                    warmup, QUIET_RUNS);
            out.printf("ratio = median of %d interleaved engine/hand-coded pairs; ratio of the minima %.2f%n",
                    repeat, min(engine) / min(handTimes));
            out.printf("engine vs hand-coded: max relative difference over all outputs %.2e%n", worst);
            PlanEvaluator eval = new PlanEvaluator(CompiledPlans.planOf(cp));
            double[] y0 = CompiledPlans.planOf(cp).initialState();
            out.printf("right-hand side alone: engine %.1f ns per call, hand-coded %.1f ns per call%n",
                    nanosPerCall(eval, y0), nanosPerCall(hand, y0));
        } else {
            int warmed = warmUp(warmup, engineRun);
            double[] engine = time(repeat, engineRun);
            engineMedian = median(engine);
            t.row("engine (compiled pipeline)", ms(engineMedian), ms(min(engine)), ms(max(engine)), "1.00");
            t.print(out);
            out.printf("%n%d warm-up runs (at least %d, then until the JIT compiled nothing for %d runs)%n", warmed,
                    warmup, QUIET_RUNS);
        }
        out.printf("right-hand side: %.1f bytes allocated per call (%d calls measured)%n", allocationPerCall(cp),
                1_000_000);
        out.printf("right-hand side: %s%n", new PlanEvaluator(CompiledPlans.planOf(cp)).isGenerated()
                ? "code generated for this pipeline's structure"
                : "generic evaluation of the plan (no code could be generated for it)");
        out.printf("seconds_per_simulation=%.6f%n", engineMedian);
        return 0;
    }

    /** Warm-up runs without any JIT compilation that end the warm-up. */
    static final int QUIET_RUNS = 20;
    /** Longest warm-up after the minimum number of runs. */
    private static final long MAX_WARMUP_NANOS = 30_000_000_000L;

    private interface Work {
        void run() throws SimulationException;
    }

    /**
     * Runs {@code min} warm-up runs, then more until the JIT has compiled nothing during {@link #QUIET_RUNS}
     * consecutive runs (or {@link #MAX_WARMUP_NANOS} have passed): timing code the JIT is still compiling measures
     * the compiler, not the engine.
     *
     * @return the number of warm-up runs made
     */
    private static int warmUp(int min, Work w) throws SimulationException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean observable = jit != null && jit.isCompilationTimeMonitoringSupported();
        long start = System.nanoTime();
        int runs = 0;
        int quiet = 0;
        long compiled = observable ? jit.getTotalCompilationTime() : 0;
        while (runs < min || observable && quiet < QUIET_RUNS && System.nanoTime() - start < MAX_WARMUP_NANOS) {
            w.run();
            runs++;
            long now = observable ? jit.getTotalCompilationTime() : 0;
            quiet = now == compiled ? quiet + 1 : 0;
            compiled = now;
        }
        return runs;
    }

    private static double[] time(int repeat, Work w) throws SimulationException {
        double[] t = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long t0 = System.nanoTime();
            w.run();
            t[i] = (System.nanoTime() - t0) / 1e9;
        }
        return t;
    }

    private static double allocationPerCall(CompiledPipeline cp) {
        PlanEvaluator eval = new PlanEvaluator(CompiledPlans.planOf(cp));
        double[] y = CompiledPlans.planOf(cp).initialState();
        double[] dy = new double[y.length];
        return AllocationMeter.bytes(1_000_000, i -> eval.computeDerivatives(i * 1e-3, y, dy)) / 1e6;
    }

    private static double nanosPerCall(org.apache.commons.math3.ode.FirstOrderDifferentialEquations f, double[] y0) {
        double[] y = y0.clone();
        y[1] = 3;
        y[3] = 20;
        y[4] = 1;
        double[] dy = new double[y.length];
        double sink = 0;
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 7; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 200_000; i++) {
                f.computeDerivatives(i * 1e-3, y, dy);
                sink += dy[0];
            }
            best = Math.min(best, System.nanoTime() - t0);
        }
        if (sink == 42) {
            System.out.print("");
        }
        return best / 200_000.0;
    }

    private static double maxRelDiff(SimulationResult r, double[][] hand) {
        double worst = 0;
        for (int c = 0; c < hand.length; c++) {
            double scale = 0;
            for (int i = 0; i < r.length(); i++) {
                scale = Math.max(scale, Math.abs(hand[c][i]));
            }
            for (int i = 0; i < r.length(); i++) {
                double a = r.column(c)[i];
                double b = hand[c][i];
                double d = Math.abs(a - b) / Math.max(Math.max(Math.abs(a), Math.abs(b)), 1e-9 * scale + 1e-300);
                worst = Math.max(worst, d);
            }
        }
        return worst;
    }

    private static String ms(double seconds) {
        return String.format(java.util.Locale.ROOT, "%.2f", seconds * 1000);
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : 0.5 * (c[c.length / 2 - 1] + c[c.length / 2]);
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(0);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(0);
    }
}
