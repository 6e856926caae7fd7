package org.ldnworkbench.core.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ldnworkbench.core.internal.compiler.CheckedRun;
import org.ldnworkbench.core.internal.compiler.Layer;
import org.ldnworkbench.core.internal.compiler.RunChecker;
import org.ldnworkbench.core.internal.compiler.SimulationChecks;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.ParameterLayer;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.Scenario;

/**
 * Checks a pipeline against the installed mechanisms and compiles it into a flat evaluation plan. Checks, in named
 * steps ({@code org.ldnworkbench.core.internal.compiler.RunChecker}): simulation settings, names, node ids and
 * mechanisms, presets and parameter values (known, finite, in range), tables, connections (ports exist, direction,
 * kind and unit match, one source per input), every continuous input connected, no algebraic loop, the size of what
 * a run records, then each mechanism's own {@link Mechanism#validate check of its values}. Checking
 * ({@link #check}, {@link #validate}) and instantiating ({@link #compile}, {@link #compileAll}: check, then build
 * the plan) are separate calls.
 * <p>
 * Parameter values are resolved in layers: mechanism default, the node's preset, the node's values, then each
 * layer in turn (the run's scenario, then each {@link ParameterLayer} such as the command line's), its preset
 * before its values.
 *
 * @since 0.1
 */
public final class PipelineCompiler {
    /**
     * Longest simulated span accepted (h), about 114 years.
     *
     * @since 0.1
     */
    public static final double MAX_SPAN_HOURS = 1e6;
    /**
     * Most output grid points accepted per run.
     *
     * @since 0.1
     */
    public static final long MAX_GRID_POINTS = 2_000_000;
    /**
     * Most recorded values (grid points times output columns) accepted per run: 160 MB of doubles.
     *
     * @since 0.1
     */
    public static final long MAX_RECORDED_VALUES = 20_000_000;
    /**
     * Most recorded values of all scenarios of one run together (a run keeps every scenario's series in memory
     * until its results are written and plotted side by side): 400 MB of doubles, within the product's 2 GB heap.
     * Scans do not keep series and are not bound by this.
     *
     * @since 0.1
     */
    public static final long MAX_RUN_RECORDED_VALUES = 50_000_000;
    /**
     * Tightest relative tolerance accepted: about 450 units of double rounding (2.2e-16). Tighter, the integrator's
     * error estimate measures the rounding of its own sums rather than truncation error, so its step control chases
     * noise down to the minimum step.
     *
     * @since 0.1
     */
    public static final double MIN_RTOL = 1e-13;
    /**
     * Loosest relative tolerance accepted: 0.1 %. Measured on the examples: at rtol 1e-3 (atol 1e-6) every reported
     * metric stays within 1 % of its value at the default 1e-8; at 1e-2 the rapid-equilibrium trough occupancy of
     * single-50mg comes out 0.016 instead of 0.054, and rtol 0.99 gave plasma levels of 1e13 ng/mL and negative
     * amounts. Looser buys no useful speed: the default run takes a fraction of a second.
     *
     * @since 0.1
     */
    public static final double MAX_RTOL = 1e-3;
    /**
     * Smallest absolute tolerance accepted. States are amounts in mg, concentrations in ng/mL, fractions and levels
     * relative to 1: 1e-16 is below the rounding of any of them at their working magnitude, so a tighter value only
     * makes the integrator resolve values that are zero in all but name.
     *
     * @since 0.1
     */
    public static final double MIN_ATOL = 1e-16;
    /**
     * Loosest absolute tolerance accepted, in the states' own units: 1e-6, a thousandth of the smallest amounts the
     * models must resolve (the plasma amount at trough of a 0.5 mg dose is about 1e-3 mg; receptor effect sites fall
     * to a few hundredths of a ng/mL). Measured with rtol 1e-3: at atol 1e-2 an LDN run reports Cntx = -1.53 ng/mL
     * (stopped by the range check), at 1e-5 its rebound window is 3 % off; at 1e-6 every metric of the examples is
     * within 1 % of its value at the defaults.
     *
     * @since 0.1
     */
    public static final double MAX_ATOL = 1e-6;
    /**
     * Most fixed (RK4) steps accepted per run: each costs four right-hand-side evaluations, so 1e9 steps are already
     * many minutes of computing.
     *
     * @since 0.1
     */
    public static final double MAX_FIXED_STEPS = 1e9;
    /**
     * Smallest output or fixed step relative to the largest |time| of the run (at least 1 h): about 4.5e6 units in the
     * last place, so that consecutive times stay distinct in double precision and a fixed-step integrator always
     * advances (a step below the resolution of t would leave t + h == t and loop forever).
     *
     * @since 0.1
     */
    public static final double MIN_RELATIVE_STEP = 1e-9;
    /**
     * Most rows accepted in one table parameter, e.g. an explicit dose list; as many as the dosing count allows.
     *
     * @since 0.1
     */
    public static final int MAX_TABLE_ROWS = 100_000;
    /**
     * How far (in steps) the end may be from the last grid point for the output step to count as dividing the span:
     * far above the round-off of span / step (about 1e-16 of it, at most 2e-10 steps at the grid limit), and the
     * simulator's own tolerance for "a grid point falls on this time" (1e-9 of a step).
     *
     * @since 0.1
     */
    public static final double STEP_DIVIDES_TOLERANCE = 1e-9;

    private final MechanismCatalog catalog;

    /**
     * @param catalog where mechanism ids are looked up and their instances created
     * @since 0.1
     */
    public PipelineCompiler(MechanismCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @return the mechanisms this compiler compiles against
     * @since 0.1
     */
    public MechanismCatalog catalog() {
        return catalog;
    }

    /**
     * Validates without compiling: every scenario is checked.
     *
     * @return the problems, empty when the pipeline is runnable
     * @since 0.1
     */
    public List<Problem> validate(Pipeline pipeline) {
        return check(pipeline, List.of());
    }

    /**
     * Checks every run of the pipeline (one per scenario, or one when it has none) with the given layers on top,
     * without building anything to run: each mechanism class is loaded and bound once, for its own check of the
     * values ({@link Mechanism#validate}). A problem common to several scenarios is reported once.
     *
     * @param overrides layers applied after each scenario, in order (e.g. the command line's)
     * @return the problems, empty when every run can be compiled
     * @since 0.1
     */
    public List<Problem> check(Pipeline pipeline, List<ParameterLayer> overrides) {
        RunChecker checker = RunChecker.forValidating(catalog);
        List<Problem> problems = new ArrayList<>();
        if (pipeline.scenarios().isEmpty()) {
            problems.addAll(checker.check(pipeline, layers(null, -1, overrides)).problems());
        } else {
            // a problem common to every scenario is reported once; a set keeps this linear in the problems
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < pipeline.scenarios().size(); i++) {
                for (Problem p : checker.check(pipeline, layers(pipeline.scenarios().get(i), i, overrides))
                        .problems()) {
                    if (seen.add(p.toString())) {
                        problems.add(p);
                    }
                }
            }
        }
        if (problems.isEmpty()) {
            double perRun = pipeline.simulation().gridPoints() * Math.max(1, continuousOutputs(pipeline));
            Problem tooLarge = runSizeProblem(perRun * Math.max(1, pipeline.scenarios().size()),
                    pipeline.scenarios().size());
            if (tooLarge != null) {
                problems.add(tooLarge);
            }
        }
        return problems;
    }

    /**
     * Checks that the runs of all scenarios together stay within {@link #MAX_RUN_RECORDED_VALUES}: what a run
     * that keeps every series for writing and plotting needs (a scan keeps none and need not call this).
     *
     * @param source name for messages (the file)
     * @throws CompileException when the runs would record too much
     * @since 0.1
     */
    public static void checkRunSize(List<CompiledPipeline> runs, String source) throws CompileException {
        double total = 0;
        for (CompiledPipeline r : runs) {
            total += r.settings().gridPoints() * Math.max(1, r.columns().size());
        }
        Problem tooLarge = runSizeProblem(total, runs.size());
        if (tooLarge != null) {
            throw new CompileException(source, List.of(tooLarge));
        }
    }

    private static Problem runSizeProblem(double total, int scenarios) {
        if (total <= MAX_RUN_RECORDED_VALUES || scenarios <= 1) {
            return null;
        }
        return new Problem("", "scenarios", "the " + scenarios + " scenarios would record "
                + SimulationChecks.count(total) + " values together, kept in memory until they are written; the "
                + "limit is " + MAX_RUN_RECORDED_VALUES + ": use a larger step, a shorter run or fewer scenarios");
    }

    /** @return the number of continuous outputs (recorded columns) of the pipeline's known mechanisms */
    private int continuousOutputs(Pipeline pipeline) {
        int n = 0;
        for (Node node : pipeline.nodes()) {
            MechanismSpec spec = catalog.spec(node.mechanism());
            if (spec != null) {
                n += (int) spec.outputs().stream().filter(o -> !o.isEvent()).count();
            }
        }
        return n;
    }

    /**
     * Compiles one run with the given scenarios applied in order on top of the nodes.
     *
     * @param pipeline the pipeline
     * @param source name for messages (the file)
     * @param scenarios the run's scenario (usually one of the pipeline's; the compiled run takes its id and name when
     *        it is), possibly followed by others applied in order; empty for the nodes' own values
     * @return the compiled pipeline
     * @throws CompileException listing every problem
     * @since 0.1
     */
    public CompiledPipeline compile(Pipeline pipeline, String source, List<Scenario> scenarios)
            throws CompileException {
        return compile(pipeline, source, scenarios, List.of());
    }

    /**
     * Compiles one run: checks it, then instantiates its plan.
     *
     * @param scenarios as {@link #compile(Pipeline, String, List)}
     * @param overrides layers applied after the scenarios, in order (e.g. the command line's, then a scan value)
     * @throws CompileException listing every problem
     * @since 0.1
     */
    public CompiledPipeline compile(Pipeline pipeline, String source, List<Scenario> scenarios,
            List<ParameterLayer> overrides) throws CompileException {
        List<Layer> layers = new ArrayList<>();
        for (Scenario s : scenarios) {
            layers.add(Layer.of(s, indexOf(pipeline, s)));
        }
        overrides.forEach(o -> layers.add(Layer.of(o)));
        return instantiate(pipeline, source, scenarios.isEmpty() ? null : scenarios.get(0), layers);
    }

    /**
     * Compiles one run per scenario of the pipeline (or one run when it has none), each with the given layers.
     *
     * @param overrides layers applied after each scenario, in order (e.g. the command line's)
     * @since 0.1
     */
    public List<CompiledPipeline> compileAll(Pipeline pipeline, String source, List<ParameterLayer> overrides)
            throws CompileException {
        List<CompiledPipeline> runs = new ArrayList<>();
        if (pipeline.scenarios().isEmpty()) {
            runs.add(instantiate(pipeline, source, null, layers(null, -1, overrides)));
        } else {
            for (int i = 0; i < pipeline.scenarios().size(); i++) {
                Scenario s = pipeline.scenarios().get(i);
                runs.add(instantiate(pipeline, source, s, layers(s, i, overrides)));
            }
        }
        return runs;
    }

    /** @return the scenario at {@code index} of the pipeline (none when null), then the overrides */
    private static List<Layer> layers(Scenario scenario, int index, List<ParameterLayer> overrides) {
        List<Layer> layers = new ArrayList<>();
        if (scenario != null) {
            layers.add(Layer.of(scenario, index));
        }
        overrides.forEach(o -> layers.add(Layer.of(o)));
        return layers;
    }

    /** @return the position of the scenario itself (not an equal one) among the pipeline's, or -1 */
    private static int indexOf(Pipeline pipeline, Scenario s) {
        for (int i = 0; i < pipeline.scenarios().size(); i++) {
            if (pipeline.scenarios().get(i) == s) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Checks one run, then instantiates it.
     *
     * @param scenario the run's scenario, named in the result when it is one of the pipeline's; null for none
     */
    private CompiledPipeline instantiate(Pipeline pipeline, String source, Scenario scenario, List<Layer> layers)
            throws CompileException {
        CheckedRun run = RunChecker.forCompiling(catalog).check(pipeline, layers);
        if (!run.problems().isEmpty()) {
            throw new CompileException(source, run.problems());
        }
        boolean named = scenario != null && indexOf(pipeline, scenario) >= 0;
        return new CompiledPipeline(pipeline.name(), named ? scenario.id() : "",
                named ? scenario.name() : pipeline.name(), pipeline.simulation(), columns(run), run.plan(), catalog);
    }

    /** @return the recorded columns: every continuous output, in node order */
    private static List<CompiledPipeline.Column> columns(CheckedRun run) {
        List<CompiledPipeline.Column> columns = new ArrayList<>();
        for (int i = 0; i < run.nodes().size(); i++) {
            MechanismSpec spec = run.nodes().specs()[i];
            for (PortSpec op : spec.outputs()) {
                if (!op.isEvent()) {
                    columns.add(new CompiledPipeline.Column(run.nodes().id(i), op.name(), op.unit(),
                            spec));
                }
            }
        }
        return columns;
    }
}
