package org.ldnworkbench.core.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.ldnworkbench.core.engine.CompileException;
import org.ldnworkbench.core.engine.CompiledPipeline;
import org.ldnworkbench.core.engine.PipelineCompiler;
import org.ldnworkbench.core.engine.SimulationException;
import org.ldnworkbench.core.engine.Simulator;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.MetricSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.ParameterLayer;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PortRef;

/**
 * Runs a pipeline (each of its scenarios) for every value of one parameter, in parallel, and keeps only the
 * declared metrics of each run (over the run and on the last day): each run is compiled when a worker takes it
 * and streamed through {@link StreamingSummary#metricsOnly}, so memory does not grow with the number of values
 * beyond the table of metric values itself.
 *
 * @since 0.1
 */
public final class ParameterScan {
    /**
     * Most values one scan accepts.
     *
     * @since 0.1
     */
    public static final int MAX_VALUES = 10_000;

    /**
     * Most runs (values times scenarios) one scan accepts.
     *
     * @since 0.1
     */
    public static final int MAX_RUNS = 100_000;

    /**
     * A declared metric of the scanned pipeline: its name {@code node.metricId} and declaration.
     *
     * @param name {@code node.metricId}
     * @param spec the metric's declaration
     * @since 0.1
     */
    public record Metric(String name, MetricSpec spec) {
    }

    /**
     * The metric values of every run, run {@code i * scenarios().size() + s} being value {@code i} under scenario
     * {@code s}; {@code s} is always 0 when the pipeline has no scenarios.
     *
     * @param values the parameter values, in the order given
     * @param scenarioNames the names of the scenarios run for each value (the pipeline's name when it has none)
     * @param metrics the declared metrics, in declaration order
     * @param runValues per run, per metric: the value over the run
     * @param lastDayValues per run, per metric: the value on the last day
     * @since 0.1
     */
    public record Result(double[] values, List<String> scenarioNames, List<Metric> metrics, double[][] runValues,
            double[][] lastDayValues) {
        /**
         * @return the headline value (run or last day, as the metric declares) of one run and metric
         * @since 0.1
         */
        public double headline(int run, int metric) {
            return metrics.get(metric).spec().headline() == MetricSpec.Headline.LAST_DAY ? lastDayValues[run][metric]
                    : runValues[run][metric];
        }

        /**
         * @return the number of runs
         * @since 0.1
         */
        public int runs() {
            return runValues.length;
        }
    }

    private final PipelineCompiler compiler;
    private final Pipeline pipeline;
    private final String source;
    private final List<ParameterLayer> layers;
    private final String parameter;

    /**
     * @param compiler compiles each run
     * @param pipeline the pipeline (not changed)
     * @param source the file name, for messages
     * @param layers overrides applied to every run before the scanned value (e.g. from the command line)
     * @param parameter the scanned parameter, {@code node.param}
     * @since 0.1
     */
    public ParameterScan(PipelineCompiler compiler, Pipeline pipeline, String source, List<ParameterLayer> layers,
            String parameter) {
        this.compiler = compiler;
        this.pipeline = pipeline;
        this.source = source;
        this.layers = List.copyOf(layers);
        this.parameter = parameter;
    }

    /**
     * Checks the size of the scan, compiles it for its smallest and largest value and checks every value against
     * the parameter's declaration (range, whole numbers), so that an invalid scan fails before any run.
     *
     * @throws CompileException naming the value that cannot run
     * @throws IllegalArgumentException when there are no values, too many, or too many runs
     * @since 0.1
     */
    public void check(double[] values) throws CompileException {
        if (values.length == 0 || values.length > MAX_VALUES) {
            throw new IllegalArgumentException("a scan takes 1 to " + MAX_VALUES + " values, not " + values.length);
        }
        double runs = (double) values.length * Math.max(1, pipeline.scenarios().size());
        if (runs > MAX_RUNS) {
            throw new IllegalArgumentException(values.length + " values x " + pipeline.scenarios().size()
                    + " scenarios make " + (long) runs + " runs; a scan makes at most " + MAX_RUNS);
        }
        int lo = 0;
        int hi = 0;
        for (int i = 1; i < values.length; i++) {
            lo = values[i] < values[lo] ? i : lo;
            hi = values[i] > values[hi] ? i : hi;
        }
        compile(values[lo]);
        compile(values[hi]);
        ParameterSpec spec = scannedParameter();
        for (double v : values) {
            if (spec != null && !spec.accepts(v)) {
                compile(v); // refused with the compiler's message, naming node, parameter and value
            }
        }
    }

    /** @return the declaration of the scanned parameter, or null when the compiler reports it unknown */
    private ParameterSpec scannedParameter() {
        PortRef ref = PortRef.parse(parameter);
        Node node = pipeline.node(ref.node());
        MechanismSpec mechanism = node == null ? null : compiler.catalog().spec(node.mechanism());
        return mechanism == null ? null : mechanism.parameter(ref.port());
    }

    /**
     * Runs every value on {@code threads} workers.
     *
     * @param monitor progress (one tick per run) and cancellation
     * @throws CompileException when a value cannot be compiled (e.g. outside the parameter's range)
     * @throws SimulationException when a run fails; the message names the value and the scenario
     * @since 0.1
     */
    public Result run(double[] values, int threads, IProgressMonitor monitor) throws CompileException,
            SimulationException {
        check(values);
        List<CompiledPipeline> first = compile(values[0]);
        int perValue = first.size();
        int runs = values.length * perValue;
        List<Metric> metrics = StreamingSummary.metricsOnly(first.get(0)).metrics();
        double[][] runValues = new double[runs][];
        double[][] lastDay = new double[runs][];
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        progress.beginTask("Scanning " + parameter, runs);
        AtomicInteger nextValue = new AtomicInteger();
        int n = Math.max(1, Math.min(threads, values.length));
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "ldnwb-scan");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> workers = new ArrayList<>();
            for (int w = 0; w < n; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = nextValue.getAndIncrement(); i < values.length; i = nextValue.getAndIncrement()) {
                        if (progress.isCanceled()) {
                            throw new OperationCanceledException();
                        }
                        List<CompiledPipeline> cps = compile(values[i]);
                        for (int s = 0; s < cps.size(); s++) {
                            RunSummary r = runOne(cps.get(s), values[i]);
                            double[] rv = new double[metrics.size()];
                            double[] ld = new double[metrics.size()];
                            for (int m = 0; m < rv.length; m++) {
                                RunSummary.MetricValue v = r.metric(metrics.get(m).name());
                                rv[m] = v == null ? Double.NaN : v.run();
                                ld[m] = v == null ? Double.NaN : v.lastDay();
                            }
                            runValues[i * perValue + s] = rv;
                            lastDay[i * perValue + s] = ld;
                            progress.worked(1);
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> f : workers) {
                await(f, nextValue, values.length);
            }
        } finally {
            pool.shutdownNow();
            progress.done();
        }
        List<String> names = new ArrayList<>();
        for (CompiledPipeline cp : first) {
            names.add(cp.scenarioName());
        }
        return new Result(values.clone(), List.copyOf(names), metrics, runValues, lastDay);
    }

    /** Waits for one worker; the first failure stops the others (they see no further values) and is thrown. */
    private static void await(Future<Void> f, AtomicInteger nextValue, int count) throws CompileException,
            SimulationException {
        try {
            f.get();
        } catch (ExecutionException e) {
            nextValue.set(count);
            Throwable c = e.getCause();
            if (c instanceof CompileException) {
                throw (CompileException) c;
            }
            if (c instanceof SimulationException) {
                throw (SimulationException) c;
            }
            if (c instanceof RuntimeException) {
                throw (RuntimeException) c;
            }
            if (c instanceof Error) {
                throw (Error) c;
            }
            throw new IllegalStateException(c);
        } catch (InterruptedException e) {
            nextValue.set(count);
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
    }

    private List<CompiledPipeline> compile(double value) throws CompileException {
        List<ParameterLayer> all = new ArrayList<>(layers);
        all.add(ParameterLayer.scanValue(parameter, value));
        return compiler.compileAll(pipeline, source, all);
    }

    private RunSummary runOne(CompiledPipeline cp, double value) throws SimulationException {
        try {
            return lean(cp);
        } catch (SimulationException e) {
            String scenario = cp.scenarioId().isEmpty() ? "" : ", scenario " + Names.quote(cp.scenarioId());
            throw new SimulationException("scan value " + parameter + " = " + value + scenario + ": "
                    + e.getMessage(), e.time(), e.node(), e);
        }
    }

    private static RunSummary lean(CompiledPipeline cp) throws SimulationException {
        StreamingSummary s = StreamingSummary.metricsOnly(cp);
        Simulator.stream(cp, s, new NullProgressMonitor());
        return s.finish(null);
    }
}
