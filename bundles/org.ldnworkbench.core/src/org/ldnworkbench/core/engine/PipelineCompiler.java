package org.ldnworkbench.core.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ldnworkbench.core.internal.engine.PlanBuilder;
import org.ldnworkbench.core.internal.pipeline.PipelineRules;
import org.ldnworkbench.core.mechanism.EventSource;
import org.ldnworkbench.core.mechanism.Mechanism;
import org.ldnworkbench.core.mechanism.MechanismException;
import org.ldnworkbench.core.mechanism.MechanismSpec;
import org.ldnworkbench.core.mechanism.ParameterSpec;
import org.ldnworkbench.core.mechanism.PortSpec;
import org.ldnworkbench.core.mechanism.TableSpec;
import org.ldnworkbench.core.mechanism.PresetSpec;
import org.ldnworkbench.core.pipeline.Connection;
import org.ldnworkbench.core.pipeline.Integrator;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PortRef;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.core.pipeline.SimulationSettings;

/**
 * Checks a pipeline against the installed mechanisms and compiles it into a flat evaluation plan. Checks: node ids,
 * mechanisms, presets and parameter values (known, finite, in range), connections (ports exist, direction, kind and
 * unit match, one source per input), every continuous input connected, no algebraic loop, simulation settings.
 * Parameter values are resolved in layers: mechanism default, the node's preset, the node's values, then each
 * layer in turn (a scenario, the command line), its preset before its values.
 *
 * @since 0.1
 */
public final class PipelineCompiler {
    /** Longest simulated span accepted (h), about 114 years. */
    public static final double MAX_SPAN_HOURS = 1e6;
    /** Most output grid points accepted per run. */
    public static final long MAX_GRID_POINTS = 2_000_000;
    /** Most recorded values (grid points times output columns) accepted per run: 160 MB of doubles. */
    public static final long MAX_RECORDED_VALUES = 20_000_000;
    /**
     * Most recorded values of all scenarios of one run together (a run keeps every scenario's series in memory
     * until its results are written and plotted side by side): 400 MB of doubles, within the product's 2 GB heap.
     * Scans do not keep series and are not bound by this.
     */
    public static final long MAX_RUN_RECORDED_VALUES = 50_000_000;
    /**
     * Tightest relative tolerance accepted: about 450 units of double rounding (2.2e-16). Tighter, the integrator's
     * error estimate measures the rounding of its own sums rather than truncation error, so its step control chases
     * noise down to the minimum step.
     */
    public static final double MIN_RTOL = 1e-13;
    /**
     * Loosest relative tolerance accepted: 0.1 %. Measured on the examples: at rtol 1e-3 (atol 1e-6) every reported
     * metric stays within 1 % of its value at the default 1e-8; at 1e-2 the rapid-equilibrium trough occupancy of
     * single-50mg comes out 0.016 instead of 0.054, and rtol 0.99 gave plasma levels of 1e13 ng/mL and negative
     * amounts. Looser buys no useful speed: the default run takes a fraction of a second.
     */
    public static final double MAX_RTOL = 1e-3;
    /**
     * Smallest absolute tolerance accepted. States are amounts in mg, concentrations in ng/mL, fractions and levels
     * relative to 1: 1e-16 is below the rounding of any of them at their working magnitude, so a tighter value only
     * makes the integrator resolve values that are zero in all but name.
     */
    public static final double MIN_ATOL = 1e-16;
    /**
     * Loosest absolute tolerance accepted, in the states' own units: 1e-6, a thousandth of the smallest amounts the
     * models must resolve (the plasma amount at trough of a 0.5 mg dose is about 1e-3 mg; receptor effect sites fall
     * to a few hundredths of a ng/mL). Measured with rtol 1e-3: at atol 1e-2 an LDN run reports Cntx = -1.53 ng/mL
     * (stopped by the range check), at 1e-5 its rebound window is 3 % off; at 1e-6 every metric of the examples is
     * within 1 % of its value at the defaults.
     */
    public static final double MAX_ATOL = 1e-6;
    /**
     * Most fixed (RK4) steps accepted per run: each costs four right-hand-side evaluations, so 1e9 steps are already
     * many minutes of computing.
     */
    public static final double MAX_FIXED_STEPS = 1e9;
    /**
     * Smallest output or fixed step relative to the largest |time| of the run (at least 1 h): about 4.5e6 units in the
     * last place, so that consecutive times stay distinct in double precision and a fixed-step integrator always
     * advances (a step below the resolution of t would leave t + h == t and loop forever).
     */
    public static final double MIN_RELATIVE_STEP = 1e-9;
    /** Most rows accepted in one table parameter, e.g. an explicit dose list; as many as the dosing count allows. */
    public static final int MAX_TABLE_ROWS = 100_000;
    /**
     * How far (in steps) the end may be from the last grid point for the output step to count as dividing the span:
     * far above the round-off of span / step (about 1e-16 of it, at most 2e-10 steps at the grid limit), and the
     * simulator's own tolerance for "a grid point falls on this time" (1e-9 of a step).
     */
    public static final double STEP_DIVIDES_TOLERANCE = 1e-9;

    private final MechanismCatalog catalog;

    public PipelineCompiler(MechanismCatalog catalog) {
        this.catalog = catalog;
    }

    /** @return the mechanisms this compiler compiles against */
    public MechanismCatalog catalog() {
        return catalog;
    }

    /**
     * Validates without compiling: every scenario is checked.
     *
     * @return the problems, empty when the pipeline is runnable
     */
    public List<Problem> validate(Pipeline pipeline) {
        List<Problem> problems = new ArrayList<>();
        if (pipeline.scenarios().isEmpty()) {
            analyse(pipeline, List.of(), problems, false);
        } else {
            // a problem common to every scenario is reported once; a set keeps this linear in the problems
            Set<String> seen = new HashSet<>();
            for (Scenario s : pipeline.scenarios()) {
                List<Problem> ps = new ArrayList<>();
                analyse(pipeline, List.of(s), ps, false);
                for (Problem p : ps) {
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
        return new Problem("", "scenarios", "the " + scenarios + " scenarios would record " + count(total)
                + " values together, kept in memory until they are written; the limit is " + MAX_RUN_RECORDED_VALUES
                + ": use a larger step, a shorter run or fewer scenarios");
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
     * The rules for names and references of {@link PipelineRules}, which the file reader applies too, so that a
     * pipeline built in code cannot carry what a file may not: ids that escape the results folder or clash ignoring
     * case, a connection listed twice, names that cannot be shown in a message. Layers from outside the pipeline
     * (command-line overrides) have their keys checked.
     *
     * @return whether every rule holds; the analysis stops otherwise, because it quotes these names in its messages
     */
    private static boolean namesFollowTheRules(Pipeline pipeline, List<Scenario> layers, List<Problem> problems) {
        List<PipelineRules.Violation> violations = PipelineRules.check(pipeline, layers);
        for (PipelineRules.Violation v : violations) {
            problems.add(new Problem("", v.field(), v.message()));
        }
        return violations.isEmpty();
    }

    /**
     * @param pipeline the pipeline
     * @param source name for messages (the file)
     * @param layers scenarios applied in order on top of the nodes (e.g. a pipeline scenario, then command-line
     *        overrides)
     * @return the compiled pipeline
     * @throws CompileException listing every problem
     */
    public CompiledPipeline compile(Pipeline pipeline, String source, List<Scenario> layers) throws CompileException {
        List<Problem> problems = new ArrayList<>();
        CompiledPipeline c = analyse(pipeline, layers, problems, true);
        if (!problems.isEmpty()) {
            throw new CompileException(source, problems);
        }
        return c;
    }

    /** Compiles one run per scenario of the pipeline (or one run when it has none), each with the extra layers. */
    public List<CompiledPipeline> compileAll(Pipeline pipeline, String source, List<Scenario> extraLayers)
            throws CompileException {
        List<CompiledPipeline> runs = new ArrayList<>();
        if (pipeline.scenarios().isEmpty()) {
            runs.add(compile(pipeline, source, extraLayers));
        } else {
            for (Scenario s : pipeline.scenarios()) {
                List<Scenario> layers = new ArrayList<>();
                layers.add(s);
                layers.addAll(extraLayers);
                runs.add(compile(pipeline, source, layers));
            }
        }
        return runs;
    }

    private CompiledPipeline analyse(Pipeline pipeline, List<Scenario> layers, List<Problem> problems,
            boolean instantiate) {
        checkSimulation(pipeline.simulation(), problems);
        // nodes and mechanisms
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Node> nodes = pipeline.nodes();
        MechanismSpec[] specs = new MechanismSpec[nodes.size()];
        if (!namesFollowTheRules(pipeline, layers, problems)) {
            return null;
        }
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            index.putIfAbsent(n.id(), i);
            specs[i] = catalog.spec(n.mechanism());
            if (specs[i] == null) {
                problems.add(new Problem(n.id(), "mechanism", "unknown mechanism '" + n.mechanism()
                        + "' (not installed; `ldnwb list` shows the installed ones)"));
            }
        }
        if (nodes.isEmpty()) {
            problems.add(new Problem("", "nodes", "the pipeline has no nodes"));
        }
        for (Scenario s : layers) {
            for (String key : s.presets().keySet()) {
                if (!index.containsKey(key)) {
                    problems.add(new Problem("", scenarioField(s, "presets." + key), "no node '" + key + "'"));
                }
            }
            for (String key : s.parameters().keySet()) {
                PortRef ref = PortRef.parse(key);
                if (!index.containsKey(ref.node())) {
                    problems.add(new Problem("", scenarioField(s, "parameters." + key), "no node '" + ref.node() + "'"));
                }
            }
        }
        for (String key : pipeline.layout().keySet()) {
            if (!index.containsKey(key)) {
                problems.add(new Problem("", "layout." + key, "no node '" + key + "'"));
            }
        }
        // parameters
        Map<String, List<Assignment>> layerValues = layerValuesByNode(layers);
        double[][] params = new double[nodes.size()][];
        for (int i = 0; i < nodes.size(); i++) {
            if (specs[i] != null) {
                params[i] = resolveParameters(nodes.get(i), specs[i], layers,
                        layerValues.getOrDefault(nodes.get(i).id(), List.of()), problems);
            }
        }
        double[][][][] tables = new double[nodes.size()][][][];
        for (int i = 0; i < nodes.size(); i++) {
            if (specs[i] != null) {
                tables[i] = resolveTables(nodes.get(i), specs[i], problems);
            }
        }
        // connections
        int[][] inputSource = new int[nodes.size()][];
        PortRef[][] inputFrom = new PortRef[nodes.size()][];
        for (int i = 0; i < nodes.size(); i++) {
            if (specs[i] != null) {
                inputSource[i] = new int[specs[i].inputs().size()];
                Arrays.fill(inputSource[i], -1);
                inputFrom[i] = new PortRef[specs[i].inputs().size()];
            }
        }
        int[] outOffset = new int[nodes.size()];
        int off = 0;
        for (int i = 0; i < nodes.size(); i++) {
            outOffset[i] = off;
            off += specs[i] == null ? 0 : specs[i].outputs().size();
        }
        Map<Integer, List<int[]>> eventTargets = new HashMap<>();
        List<Connection> cons = pipeline.connections();
        for (int c = 0; c < cons.size(); c++) {
            Connection con = cons.get(c);
            String field = "connections[" + c + "] " + con;
            Integer from = index.get(con.from().node());
            Integer to = index.get(con.to().node());
            if (from == null || to == null) {
                problems.add(new Problem("", field, "no node '" + (from == null ? con.from().node() : con.to().node())
                        + "'"));
                continue;
            }
            if (specs[from] == null || specs[to] == null) {
                continue;
            }
            int o = specs[from].outputIndex(con.from().port());
            int in = specs[to].inputIndex(con.to().port());
            if (o < 0) {
                problems.add(new Problem(con.from().node(), field, "mechanism " + specs[from].id()
                        + " has no output '" + con.from().port() + "' (outputs: " + names(specs[from].outputs()) + ")"));
            }
            if (in < 0) {
                problems.add(new Problem(con.to().node(), field, "mechanism " + specs[to].id()
                        + " has no input '" + con.to().port() + "' (inputs: " + names(specs[to].inputs()) + ")"));
            }
            if (o < 0 || in < 0) {
                continue;
            }
            PortSpec op = specs[from].outputs().get(o);
            PortSpec ip = specs[to].inputs().get(in);
            if (op.kind() != ip.kind()) {
                problems.add(new Problem(con.to().node(), field, "cannot connect " + (op.isEvent() ? "an event" : "a continuous")
                        + " output to " + (ip.isEvent() ? "an event" : "a continuous") + " input"));
                continue;
            }
            if (!op.unit().equals(ip.unit())) {
                problems.add(new Problem(con.to().node(), field, "unit mismatch: " + con.from() + " is in " + op.unit()
                        + " but " + con.to() + " expects " + ip.unit()));
                continue;
            }
            if (op.isEvent()) {
                eventTargets.computeIfAbsent(from, k -> new ArrayList<>()).add(new int[] { o, to, in });
                continue;
            }
            if (inputFrom[to][in] != null) {
                problems.add(new Problem(con.to().node(), field, "input '" + con.to().port()
                        + "' is already connected from " + inputFrom[to][in]));
                continue;
            }
            inputFrom[to][in] = con.from();
            inputSource[to][in] = outOffset[from] + o;
        }
        for (int i = 0; i < nodes.size(); i++) {
            if (specs[i] == null) {
                continue;
            }
            for (int k = 0; k < specs[i].inputs().size(); k++) {
                PortSpec ip = specs[i].inputs().get(k);
                if (!ip.isEvent() && inputSource[i][k] < 0) {
                    problems.add(new Problem(nodes.get(i).id(), "inputs." + ip.name(), "required input '" + ip.name()
                            + "' [" + ip.unit() + "] is not connected"));
                }
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        // evaluation order of continuous outputs
        int[][] order = evaluationOrder(nodes, specs, inputSource, outOffset, off, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        String[] ids = new String[nodes.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = nodes.get(i).id();
        }
        List<CompiledPipeline.Column> columns = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            for (PortSpec op : specs[i].outputs()) {
                if (!op.isEvent()) {
                    columns.add(new CompiledPipeline.Column(ids[i], op.name(), op.unit(), specs[i]));
                }
            }
        }
        double values = pipeline.simulation().gridPoints() * Math.max(1, columns.size());
        if (!(values <= MAX_RECORDED_VALUES)) {
            problems.add(new Problem("", "simulation.step", "the run would record " + count(values) + " values ("
                    + count(pipeline.simulation().gridPoints()) + " time points x " + columns.size()
                    + " outputs); the limit is " + MAX_RECORDED_VALUES + ": use a larger step or a shorter run"));
            return null;
        }
        if (!instantiate) {
            return null;
        }
        Mechanism[] mechanisms = new Mechanism[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            try {
                mechanisms[i] = catalog.create(specs[i].id());
                if (specs[i].outputs().stream().anyMatch(PortSpec::isEvent) && !(mechanisms[i] instanceof EventSource)) {
                    problems.add(new Problem(nodes.get(i).id(), "mechanism", specs[i].id()
                            + " declares event outputs but its class is no EventSource"));
                }
            } catch (MechanismException | RuntimeException e) {
                problems.add(new Problem(nodes.get(i).id(), "mechanism", e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        PlanBuilder pb = new PlanBuilder(ids, specs, mechanisms, params, tables, inputSource, order[0], order[1],
                eventTargets);
        Scenario scenario = layers.isEmpty() ? null : layers.get(0);
        boolean named = scenario != null && pipeline.scenarios().contains(scenario);
        return new CompiledPipeline(pipeline.name(), named ? scenario.id() : "",
                named ? scenario.name() : pipeline.name(), pipeline.simulation(), columns, pb.build());
    }

    /** Names a field of a layer: a file's scenario by its id; a layer whose id starts with "--" by its name. */
    private static String scenarioField(Scenario s, String field) {
        return (s.id().startsWith("--") ? s.name() : "scenario '" + s.id() + "'") + " " + field;
    }

    /**
     * A parameter value set by the node or a layer: the parameter's name, the value, the field naming it in
     * messages, and the layer (-1 for the node itself, then the index in the run's layers).
     */
    private record Assignment(String name, double value, String field, int layer) {
    }

    /**
     * The layers' parameter values grouped by node, in layer order, in one pass over the layers (resolving each
     * node against every layer value would be quadratic in the size of the file).
     */
    private static Map<String, List<Assignment>> layerValuesByNode(List<Scenario> layers) {
        Map<String, List<Assignment>> byNode = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            Scenario s = layers.get(i);
            int layer = i;
            s.parameters().forEach((key, v) -> {
                PortRef ref = PortRef.parse(key);
                byNode.computeIfAbsent(ref.node(), k -> new ArrayList<>())
                        .add(new Assignment(ref.port(), v, scenarioField(s, "parameters." + key), layer));
            });
        }
        return byNode;
    }

    /**
     * Resolves a node's parameter values in the documented layer order: the mechanism's defaults, the node's preset
     * (or the mechanism's default preset), the node's own values, then each layer in turn (a scenario, then the
     * command line), its preset for this node before its values. A later layer's preset thus replaces the values
     * it sets, the node's own included.
     */
    private static double[] resolveParameters(Node node, MechanismSpec spec, List<Scenario> layers,
            List<Assignment> layerValues, List<Problem> problems) {
        double[] p = new double[spec.parameters().size()];
        for (int k = 0; k < p.length; k++) {
            p[k] = spec.parameters().get(k).defaultValue();
        }
        if (node.preset() == null) {
            applyPreset(spec.defaultPreset(), p, spec);
        } else {
            applyPreset(preset(node, spec, node.preset(), "preset", problems), p, spec);
        }
        node.parameters().forEach((k, v) -> assign(new Assignment(k, v, "parameters." + k, -1), node, spec, p,
                problems));
        int next = 0;
        for (int i = 0; i < layers.size(); i++) {
            Scenario s = layers.get(i);
            String presetId = s.presets().get(node.id());
            if (presetId != null) {
                applyPreset(preset(node, spec, presetId, scenarioField(s, "presets." + node.id()), problems), p,
                        spec);
            }
            for (; next < layerValues.size() && layerValues.get(next).layer() == i; next++) {
                assign(layerValues.get(next), node, spec, p, problems);
            }
        }
        return p;
    }

    /** @return the preset of that id, or null after reporting that the mechanism has none */
    private static PresetSpec preset(Node node, MechanismSpec spec, String presetId, String field,
            List<Problem> problems) {
        PresetSpec preset = spec.preset(presetId);
        if (preset == null) {
            problems.add(new Problem(node.id(), field, "mechanism " + spec.id() + " has no preset '" + presetId
                    + "'" + (spec.presets().isEmpty() ? "" : " (presets: "
                            + String.join(", ", spec.presets().stream().map(PresetSpec::id).toList()) + ")")));
        }
        return preset;
    }

    private static void applyPreset(PresetSpec preset, double[] p, MechanismSpec spec) {
        if (preset != null) {
            preset.values().forEach((name, v) -> p[spec.parameterIndex(name)] = v);
        }
    }

    /** Sets one value after checking that the parameter exists, the value is in its range and, if so declared, whole. */
    private static void assign(Assignment a, Node node, MechanismSpec spec, double[] p, List<Problem> problems) {
        String name = a.name();
        double v = a.value();
        int k = spec.parameterIndex(name);
        if (k < 0) {
            problems.add(new Problem(node.id(), a.field(), "mechanism " + spec.id() + " has no parameter '"
                    + name + "' (parameters: " + String.join(", ", spec.parameters().stream()
                            .map(ParameterSpec::name).toList()) + ")"));
            return;
        }
        ParameterSpec ps = spec.parameters().get(k);
        if (!ps.inRange(v)) {
            problems.add(new Problem(node.id(), a.field(), name + " = " + v + " " + ps.unit()
                    + " is outside its range [" + ps.min() + ", " + ps.max() + "]"));
            return;
        }
        if (!ps.accepts(v)) {
            problems.add(new Problem(node.id(), a.field(), name + " = " + v + " is not a whole number: "
                    + name + " is an integer parameter of " + spec.id()));
            return;
        }
        p[k] = v;
    }

    private static double[][][] resolveTables(Node node, MechanismSpec spec, List<Problem> problems) {
        double[][][] t = new double[spec.tables().size()][][];
        for (int k = 0; k < t.length; k++) {
            t[k] = new double[0][];
        }
        node.tables().forEach((name, rows) -> {
            int k = spec.tableIndex(name);
            if (k < 0) {
                problems.add(new Problem(node.id(), "tables." + name, "mechanism " + spec.id() + " has no table '"
                        + name + "'" + (spec.tables().isEmpty() ? "" : " (tables: " + String.join(", ",
                                spec.tables().stream().map(org.ldnworkbench.core.mechanism.TableSpec::name).toList()) + ")")));
                return;
            }
            if (rows.length > MAX_TABLE_ROWS) {
                problems.add(new Problem(node.id(), "tables." + name, "the table has " + rows.length
                        + " rows; the limit is " + MAX_TABLE_ROWS));
                return;
            }
            int cols = spec.tables().get(k).columns().size();
            for (int r = 0; r < rows.length; r++) {
                if (rows[r].length != cols) {
                    problems.add(new Problem(node.id(), "tables." + name + "[" + r + "]", "expected " + cols
                            + " numbers (" + spec.tables().get(k).header() + "), found " + rows[r].length));
                    return;
                }
                for (int c = 0; c < cols; c++) {
                    if (rows[r][c] < spec.tables().get(k).min(c)) {
                        problems.add(new Problem(node.id(), "tables." + name + "[" + r + "][" + c + "]",
                                spec.tables().get(k).columns().get(c) + " = " + rows[r][c] + " is below its minimum "
                                        + spec.tables().get(k).min(c)));
                        return;
                    }
                    if (rows[r][c] > spec.tables().get(k).max(c)) {
                        TableSpec table = spec.tables().get(k);
                        String unit = table.units().get(c);
                        problems.add(new Problem(node.id(), "tables." + name + "[" + r + "][" + c + "]", "table '"
                                + name + "', row " + r + ", column '" + table.columns().get(c) + "': "
                                + rows[r][c] + " " + unit + " is above its maximum " + table.max(c) + " " + unit));
                        return;
                    }
                }
            }
            t[k] = rows;
        });
        return t;
    }

    /**
     * Checks the settings a file controls, every size in floating point before anything converts it to an integer,
     * so that no value (a denormal step, an infinite end) can overflow a count past its limit.
     */
    private static void checkSimulation(SimulationSettings s, List<Problem> problems) {
        double span = s.end() - s.start();
        boolean spanValid = false;
        if (!(s.end() > s.start())) {
            problems.add(new Problem("", "simulation.end", "end (" + s.end() + " h) must be after start ("
                    + s.start() + " h)"));
        } else if (!(span <= MAX_SPAN_HOURS)) {
            problems.add(new Problem("", "simulation.end", "the run spans " + span + " h; the limit is "
                    + MAX_SPAN_HOURS + " h"));
        } else {
            spanValid = true;
        }
        double resolution = timeResolution(s);
        if (!(s.step() > 0)) {
            problems.add(new Problem("", "simulation.step", "the output step must be positive, not " + s.step()));
        } else if (spanValid && !(s.gridPoints() <= MAX_GRID_POINTS)) {
            problems.add(new Problem("", "simulation.step", "the output grid would have " + count(s.gridPoints())
                    + " points; the limit is " + MAX_GRID_POINTS + ": use a larger step or a shorter run"));
        } else if (spanValid && s.step() < resolution) {
            problems.add(new Problem("", "simulation.step", tooFine("output step", s.step(), resolution)));
        } else if (spanValid && s.step() > span) {
            problems.add(new Problem("", "simulation.step", "the output step " + s.step() + " h is longer than the "
                    + "run (" + span + " h): the results would hold the start only; use a step that divides the "
                    + "span, e.g. " + span + " h or " + span / 10 + " h"));
        } else if (spanValid && !divides(span, s.step())) {
            problems.add(new Problem("", "simulation.step", "the output step " + s.step() + " h does not divide "
                    + "the run's span (" + span + " h = " + Math.floor(span / s.step()) + " steps and a part): the "
                    + "last output time would not be the end, where the end-of-run metrics are read; use a step "
                    + "that divides it, e.g. " + dividingStep(span, s.step()) + " h"));
        }
        checkTolerance("simulation.rtol", "relative tolerance", s.rtol(), MIN_RTOL, MAX_RTOL, problems);
        checkTolerance("simulation.atol", "absolute tolerance", s.atol(), MIN_ATOL, MAX_ATOL, problems);
        if (s.integrator() == Integrator.RK4) {
            double h = s.fixedStep();
            if (!(h > 0)) {
                problems.add(new Problem("", "simulation.fixedStep", "the fixed step must be positive, not " + h));
            } else if (spanValid && h > span) {
                problems.add(new Problem("", "simulation.fixedStep", "the fixed step " + h
                        + " h is longer than the run (" + span + " h)"));
            } else if (spanValid && !(span / h <= MAX_FIXED_STEPS)) {
                problems.add(new Problem("", "simulation.fixedStep", "the run would take " + count(span / h)
                        + " fixed steps; the limit is " + count(MAX_FIXED_STEPS)
                        + ": use a larger fixed step or an adaptive integrator"));
            } else if (spanValid && h < resolution) {
                problems.add(new Problem("", "simulation.fixedStep", tooFine("fixed step", h, resolution)));
            }
        }
    }

    /**
     * @return whether the output grid start, start + step, ... ends at {@code end}: span / step within
     *         {@link #STEP_DIVIDES_TOLERANCE} of a whole number, i.e. the end within that fraction of a step of a grid
     *         point, the tolerance of the simulator's grid (1344 / 0.1 = 13440.000000000002 divides)
     */
    private static boolean divides(double span, double step) {
        double n = span / step;
        return Math.abs(n - Math.rint(n)) <= STEP_DIVIDES_TOLERANCE;
    }

    /**
     * @return a step below {@code step} that divides {@code span}, preferring one of few digits (span / k for the
     *         smallest k &gt; span / step whose six-digit rounding still divides), for the message of a step that
     *         does not divide
     */
    private static double dividingStep(double span, double step) {
        double first = Math.ceil(span / step);
        for (double k = first; k < first + 10_000 && k <= MAX_GRID_POINTS; k++) {
            double rounded = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g", span / k));
            if (rounded <= step && divides(span, rounded)) {
                return rounded;
            }
        }
        return span / first;
    }

    /** @return the smallest step whose multiples stay distinct times over the run (see {@link #MIN_RELATIVE_STEP}) */
    private static double timeResolution(SimulationSettings s) {
        return MIN_RELATIVE_STEP * Math.max(1, Math.max(Math.abs(s.start()), Math.abs(s.end())));
    }

    private static String tooFine(String what, double step, double resolution) {
        return "the " + what + " " + step + " h is below the time resolution of this run, " + resolution
                + " h (" + MIN_RELATIVE_STEP + " of the largest |time|)";
    }

    private static void checkTolerance(String field, String what, double v, double min, double max,
            List<Problem> problems) {
        if (!(v >= min && v <= max)) {
            problems.add(new Problem("", field, "the " + what + " must be in [" + min + ", " + max + "], not " + v));
        }
    }

    /** A count computed in floating point, for messages: whole numbers without exponent up to 1e15. */
    private static String count(double n) {
        return n < 1e15 ? String.valueOf((long) n) : String.valueOf(n);
    }

    private static String names(List<PortSpec> ports) {
        return ports.isEmpty() ? "none" : String.join(", ", ports.stream().map(PortSpec::name).toList());
    }

    /**
     * Orders continuous outputs so that every output comes after the outputs it reads directly. A cycle of direct
     * reads is an algebraic loop: reported with the wires that form it.
     */
    private static int[][] evaluationOrder(List<Node> nodes, MechanismSpec[] specs, int[][] inputSource,
            int[] outOffset, int signalCount, List<Problem> problems) {
        int[] sigNode = new int[signalCount];
        int[] sigOut = new int[signalCount];
        for (int i = 0; i < nodes.size(); i++) {
            for (int k = 0; k < specs[i].outputs().size(); k++) {
                sigNode[outOffset[i] + k] = i;
                sigOut[outOffset[i] + k] = k;
            }
        }
        int[] state = new int[signalCount]; // 0 new, 1 on stack, 2 done
        int[] evalNode = new int[signalCount];
        int[] evalOut = new int[signalCount];
        int count = 0;
        for (int start = 0; start < signalCount; start++) {
            if (state[start] != 0 || specs[sigNode[start]].outputs().get(sigOut[start]).isEvent()) {
                continue;
            }
            // iterative DFS over "reads directly" edges: signal -> the signals feeding its feed-through inputs
            Deque<int[]> stack = new ArrayDeque<>();
            stack.push(new int[] { start, 0 });
            state[start] = 1;
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                int s = top[0];
                PortSpec op = specs[sigNode[s]].outputs().get(sigOut[s]);
                List<String> reads = op.feedthrough();
                if (top[1] < reads.size()) {
                    String inputName = reads.get(top[1]++);
                    int in = specs[sigNode[s]].inputIndex(inputName);
                    int src = inputSource[sigNode[s]][in];
                    if (src < 0) {
                        continue;
                    }
                    if (state[src] == 1) {
                        problems.add(new Problem(nodes.get(sigNode[src]).id(), "connections",
                                "algebraic loop: " + describeLoop(stack, src, nodes, specs, sigNode, sigOut)
                                        + " (each output reads its input directly; break the loop with a state)"));
                        return null;
                    }
                    if (state[src] == 0) {
                        state[src] = 1;
                        stack.push(new int[] { src, 0 });
                    }
                } else {
                    stack.pop();
                    state[s] = 2;
                    evalNode[count] = sigNode[s];
                    evalOut[count] = sigOut[s];
                    count++;
                }
            }
        }
        return new int[][] { Arrays.copyOf(evalNode, count), Arrays.copyOf(evalOut, count) };
    }

    private static String describeLoop(Deque<int[]> stack, int closing, List<Node> nodes, MechanismSpec[] specs,
            int[] sigNode, int[] sigOut) {
        List<int[]> path = new ArrayList<>(stack);
        java.util.Collections.reverse(path); // bottom .. top
        int from = 0;
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i)[0] == closing) {
                from = i;
            }
        }
        StringBuilder sb = new StringBuilder(signalName(closing, nodes, specs, sigNode, sigOut));
        for (int i = path.size() - 1; i > from; i--) {
            sb.append(" -> ").append(signalName(path.get(i)[0], nodes, specs, sigNode, sigOut));
        }
        sb.append(" -> ").append(signalName(closing, nodes, specs, sigNode, sigOut));
        return sb.toString();
    }

    private static String signalName(int s, List<Node> nodes, MechanismSpec[] specs, int[] sigNode, int[] sigOut) {
        return nodes.get(sigNode[s]).id() + "." + specs[sigNode[s]].outputs().get(sigOut[s]).name();
    }
}
