package org.ldnworkbench.core.internal.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.ldnworkbench.core.pipeline.Connection;
import org.ldnworkbench.core.pipeline.Integrator;
import org.ldnworkbench.core.pipeline.IoReasons;
import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFormatException;
import org.ldnworkbench.core.pipeline.PortRef;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.core.pipeline.SimulationSettings;

/**
 * Reads and writes the {@code ldn-pipeline/1} JSON format. Structure only: whether mechanisms, ports and parameters
 * exist is the compiler's business. Every message starts with the file name and names the field.
 * <p>
 * A file is hostile until read: every name that ends up in a file name or a message is checked where it is read
 * ({@link PipelineRules}), before it is shown, and every collection the file controls is counted against its limit
 * before anything is allocated for it.
 */
public final class PipelineCodec {
    /** The format string written by this version. */
    public static final String FORMAT = "ldn-pipeline/1";
    /** Most nodes of one pipeline. */
    public static final int MAX_NODES = 1_000;
    /** Most connections of one pipeline. */
    public static final int MAX_CONNECTIONS = 10_000;
    /**
     * Most scenarios of one pipeline. Each is a run, a results folder and a series in every plot; and validation
     * analyses the whole pipeline once per scenario, so this bounds its work to this many times the pipeline's size.
     */
    public static final int MAX_SCENARIOS = 100;
    /** Most parameter values of one node, and of one scenario. */
    public static final int MAX_PARAMETERS = 1_000;
    /**
     * Most parameter values, tables and presets that the nodes and scenarios of one pipeline set in all. Resolving
     * parameters looks at each node for each value of a run's scenario, so this bounds that work too.
     */
    public static final int MAX_SETTINGS = 20_000;
    /** Most tables of one node. */
    public static final int MAX_TABLES = 100;
    /** Most rows of one table parameter. */
    public static final int MAX_TABLE_ROWS = 100_000;
    /** Most numbers in one row of a table parameter. */
    public static final int MAX_TABLE_COLUMNS = 100;
    /** Most entries of the layout, and most presets of one scenario: one per node. */
    public static final int MAX_LAYOUT_ENTRIES = MAX_NODES;

    private static final Set<String> ROOT_KEYS = Set.of("format", "name", "description", "simulation", "nodes",
            "connections", "scenarios", "layout");
    private static final Set<String> SIM_KEYS = Set.of("start", "end", "step", "rtol", "atol", "integrator",
            "fixedStep");
    private static final Set<String> NODE_KEYS = Set.of("id", "mechanism", "preset", "parameters", "tables");
    private static final Set<String> CONNECTION_KEYS = Set.of("from", "to");
    private static final Set<String> SCENARIO_KEYS = Set.of("id", "name", "parameters", "presets");

    private final List<FormatMigration> migrations;

    /** A codec with the product's migrations (none yet: ldn-pipeline/1 is the first format). */
    public PipelineCodec() {
        this(List.of());
    }

    /** @param migrations migrations of older formats, chained from any start to {@link #FORMAT} */
    public PipelineCodec(List<FormatMigration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    /**
     * @param in the file's text
     * @param fileName the name used in messages
     * @return the pipeline
     * @throws PipelineFormatException naming file and place
     */
    public Pipeline read(Reader in, String fileName) throws PipelineFormatException {
        String file = Names.escape(fileName);
        Object root;
        try {
            root = JsonTree.read(in);
        } catch (JsonTree.SyntaxError e) {
            throw new PipelineFormatException(file + ":" + e.line() + ":" + e.column() + ": syntax error: "
                    + e.getMessage() + (e.path().isEmpty() ? "" : " (at " + e.path() + ")"));
        } catch (IOException e) {
            throw new PipelineFormatException(IoReasons.describe(fileName, e), e);
        }
        Fields f = new Fields(file);
        Map<String, Object> obj = f.object(root, "the top level");
        obj = migrate(f, obj);
        f.keys(obj, ROOT_KEYS, "the top level");
        Pipeline p = new Pipeline();
        p.name(f.check("name", f.optString(obj, "name", "name", ""), s -> PipelineRules.name("the pipeline name", s)));
        p.description(f.check("description", f.optString(obj, "description", "description", ""),
                PipelineRules::description));
        if (obj.containsKey("simulation")) {
            p.simulation(simulation(f, f.object(obj.get("simulation"), "simulation")));
        }
        List<Object> nodes = f.array(obj.get("nodes"), "nodes", MAX_NODES, "nodes");
        for (int i = 0; i < nodes.size(); i++) {
            p.add(node(f, nodes.get(i), "nodes[" + i + "]"));
        }
        if (obj.containsKey("connections")) {
            List<Object> cs = f.array(obj.get("connections"), "connections", MAX_CONNECTIONS, "connections");
            for (int i = 0; i < cs.size(); i++) {
                String where = "connections[" + i + "]";
                Map<String, Object> c = f.object(cs.get(i), where);
                f.keys(c, CONNECTION_KEYS, where);
                PortRef from = f.portRef(c.get("from"), where + ".from");
                PortRef to = f.portRef(c.get("to"), where + ".to");
                p.connections().add(new Connection(from, to));
            }
        }
        if (obj.containsKey("scenarios")) {
            List<Object> ss = f.array(obj.get("scenarios"), "scenarios", MAX_SCENARIOS, "scenarios");
            for (int i = 0; i < ss.size(); i++) {
                p.scenarios().add(scenario(f, ss.get(i), "scenarios[" + i + "]"));
            }
        }
        if (obj.containsKey("layout")) {
            Map<String, Object> layout = f.object(obj.get("layout"), "layout", MAX_LAYOUT_ENTRIES, "entries");
            for (Map.Entry<String, Object> e : layout.entrySet()) {
                String key = f.check("layout", e.getKey(), k -> PipelineRules.symbol("the layout key", k));
                String where = "layout." + key;
                List<Object> xy = f.array(e.getValue(), where);
                if (xy.size() != 2) {
                    throw f.error(where, "expected [x, y], found " + xy.size() + " numbers");
                }
                p.layout().put(e.getKey(), new double[] { f.number(xy.get(0), where + "[0]"),
                        f.number(xy.get(1), where + "[1]") });
            }
        }
        // what only the whole pipeline shows: ids that clash, connections listed twice
        for (PipelineRules.Violation v : PipelineRules.check(p)) {
            throw f.error(v.field(), v.message());
        }
        return p;
    }

    private Map<String, Object> migrate(Fields f, Map<String, Object> obj) throws PipelineFormatException {
        Object fmt = obj.get("format");
        if (fmt == null) {
            throw f.error("format", "missing; expected \"" + FORMAT + "\"");
        }
        if (!(fmt instanceof String)) {
            throw f.error("format", "expected a string such as \"" + FORMAT + "\"");
        }
        String version = (String) fmt;
        Set<String> seen = new LinkedHashSet<>();
        while (!FORMAT.equals(version)) {
            FormatMigration m = migrationFrom(version);
            if (m == null || !seen.add(version)) {
                throw f.error("format", "unsupported format " + Names.quote(version) + "; this version of LDN "
                        + "Workbench reads \"" + FORMAT + "\"" + (version.startsWith("ldn-pipeline/")
                                ? " (the file may come from a newer version)" : ""));
            }
            obj = m.migrate(obj);
            version = m.to();
        }
        return obj;
    }

    private FormatMigration migrationFrom(String version) {
        for (FormatMigration m : migrations) {
            if (m.from().equals(version)) {
                return m;
            }
        }
        return null;
    }

    private static SimulationSettings simulation(Fields f, Map<String, Object> s) throws PipelineFormatException {
        f.keys(s, SIM_KEYS, "simulation");
        SimulationSettings sim = new SimulationSettings();
        if (s.containsKey("start")) {
            sim.start(f.number(s.get("start"), "simulation.start"));
        }
        if (s.containsKey("end")) {
            sim.end(f.number(s.get("end"), "simulation.end"));
        }
        if (s.containsKey("step")) {
            sim.step(f.number(s.get("step"), "simulation.step"));
        }
        if (s.containsKey("rtol")) {
            sim.rtol(f.number(s.get("rtol"), "simulation.rtol"));
        }
        if (s.containsKey("atol")) {
            sim.atol(f.number(s.get("atol"), "simulation.atol"));
        }
        if (s.containsKey("fixedStep")) {
            sim.fixedStep(f.number(s.get("fixedStep"), "simulation.fixedStep"));
        }
        if (s.containsKey("integrator")) {
            String w = f.string(s.get("integrator"), "simulation.integrator");
            Integrator i = Integrator.fromWord(w);
            if (i == null) {
                throw f.error("simulation.integrator", "unknown integrator " + Names.quote(w) + " (expected one of "
                        + Integrator.words() + ")");
            }
            sim.integrator(i);
        }
        return sim;
    }

    private static Node node(Fields f, Object value, String where) throws PipelineFormatException {
        Map<String, Object> n = f.object(value, where);
        f.keys(n, NODE_KEYS, where);
        String id = f.check(where + ".id", f.text(n.get("id"), where + ".id"), PipelineRules::nodeId);
        String at = "node " + Names.quote(id);
        Node node = new Node(id, f.symbol(n.get("mechanism"), at + ".mechanism", "the mechanism id"));
        if (n.containsKey("preset") && n.get("preset") != null) {
            node.preset(f.symbol(n.get("preset"), at + ".preset", "the preset id"));
        }
        if (n.containsKey("parameters")) {
            String field = at + ".parameters";
            Map<String, Object> ps = f.object(n.get("parameters"), field, MAX_PARAMETERS, "parameters");
            f.settings(ps.size(), field);
            for (Map.Entry<String, Object> e : ps.entrySet()) {
                String name = f.check(field, e.getKey(), k -> PipelineRules.symbol("the parameter name", k));
                node.parameter(name, f.number(e.getValue(), field + "." + name));
            }
        }
        if (n.containsKey("tables")) {
            Map<String, Object> ts = f.object(n.get("tables"), at + ".tables", MAX_TABLES, "tables");
            f.settings(ts.size(), at + ".tables");
            for (Map.Entry<String, Object> e : ts.entrySet()) {
                String name = f.check(at + ".tables", e.getKey(), k -> PipelineRules.symbol("the table name", k));
                node.tables().put(name, table(f, e.getValue(), at + ".tables." + name));
            }
        }
        return node;
    }

    private static double[][] table(Fields f, Object value, String field) throws PipelineFormatException {
        List<Object> rows = f.array(value, field, MAX_TABLE_ROWS, "rows");
        double[][] table = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            String where = field + "[" + r + "]";
            List<Object> row = f.array(rows.get(r), where, MAX_TABLE_COLUMNS, "numbers");
            table[r] = new double[row.size()];
            for (int c = 0; c < row.size(); c++) {
                table[r][c] = f.number(row.get(c), where + "[" + c + "]");
            }
        }
        return table;
    }

    private static Scenario scenario(Fields f, Object value, String where) throws PipelineFormatException {
        Map<String, Object> s = f.object(value, where);
        f.keys(s, SCENARIO_KEYS, where);
        String id = f.check(where + ".id", f.text(s.get("id"), where + ".id"), PipelineRules::scenarioId);
        String at = "scenario " + Names.quote(id);
        String name = f.check(at + ".name", f.optString(s, "name", at + ".name", id),
                t -> PipelineRules.name("the scenario name", t));
        Scenario sc = new Scenario(id, name);
        if (s.containsKey("parameters")) {
            String field = at + ".parameters";
            Map<String, Object> ps = f.object(s.get("parameters"), field, MAX_PARAMETERS, "parameters");
            f.settings(ps.size(), field);
            for (Map.Entry<String, Object> e : ps.entrySet()) {
                String key = f.check(field, e.getKey(), k -> PipelineRules.reference("the parameter", k));
                sc.parameters().put(key, f.number(e.getValue(), field + "." + key));
            }
        }
        if (s.containsKey("presets")) {
            String field = at + ".presets";
            Map<String, Object> ps = f.object(s.get("presets"), field, MAX_LAYOUT_ENTRIES, "presets");
            f.settings(ps.size(), field);
            for (Map.Entry<String, Object> e : ps.entrySet()) {
                String node = f.check(field, e.getKey(), k -> PipelineRules.symbol("the node", k));
                sc.presets().put(node, f.symbol(e.getValue(), field + "." + node, "the preset id"));
            }
        }
        return sc;
    }

    /**
     * @param p the pipeline
     * @return its text in the current format, keys in a fixed order, ending with a newline
     */
    public String write(Pipeline p) {
        JsonText w = new JsonText();
        w.beginObject();
        w.field("format").string(FORMAT);
        w.field("name").string(p.name());
        if (!p.description().isEmpty()) {
            w.field("description").string(p.description());
        }
        SimulationSettings s = p.simulation();
        w.field("simulation").beginInlineObject();
        w.field("start").number(s.start()).field("end").number(s.end()).field("step").number(s.step());
        w.field("rtol").number(s.rtol()).field("atol").number(s.atol());
        w.field("integrator").string(s.integrator().word());
        if (s.integrator() == Integrator.RK4) {
            w.field("fixedStep").number(s.fixedStep());
        }
        w.endObject();
        w.field("nodes").beginArray();
        for (Node n : p.nodes()) {
            w.beginInlineObject().field("id").string(n.id()).field("mechanism").string(n.mechanism());
            if (n.preset() != null) {
                w.field("preset").string(n.preset());
            }
            if (!n.parameters().isEmpty()) {
                w.field("parameters").beginInlineObject();
                n.parameters().forEach((k, v) -> w.field(k).number(v));
                w.endObject();
            }
            if (!n.tables().isEmpty()) {
                w.field("tables").beginInlineObject();
                n.tables().forEach((k, rows) -> {
                    w.field(k).beginInlineArray();
                    for (double[] row : rows) {
                        w.beginInlineArray();
                        for (double v : row) {
                            w.number(v);
                        }
                        w.endArray();
                    }
                    w.endArray();
                });
                w.endObject();
            }
            w.endObject();
        }
        w.endArray();
        w.field("connections").beginArray();
        for (Connection c : p.connections()) {
            w.beginInlineObject().field("from").string(c.from().toString()).field("to").string(c.to().toString())
                    .endObject();
        }
        w.endArray();
        if (!p.scenarios().isEmpty()) {
            w.field("scenarios").beginArray();
            for (Scenario sc : p.scenarios()) {
                w.beginInlineObject().field("id").string(sc.id()).field("name").string(sc.name());
                if (!sc.presets().isEmpty()) {
                    w.field("presets").beginInlineObject();
                    sc.presets().forEach((k, v) -> w.field(k).string(v));
                    w.endObject();
                }
                if (!sc.parameters().isEmpty()) {
                    w.field("parameters").beginInlineObject();
                    sc.parameters().forEach((k, v) -> w.field(k).number(v));
                    w.endObject();
                }
                w.endObject();
            }
            w.endArray();
        }
        if (!p.layout().isEmpty()) {
            w.field("layout").beginInlineObject();
            p.layout().forEach((k, v) -> w.field(k).beginInlineArray().number(v[0]).number(v[1]).endArray());
            w.endObject();
        }
        w.endObject();
        return w.toString() + "\n";
    }

    /**
     * Typed access to the JSON tree with messages naming file and field. Fields named here are built only from
     * names that passed their rule, so they can be shown as they are.
     */
    private static final class Fields {
        /** Most unknown keys listed in one message, and most characters shown of each. */
        private static final int MAX_LISTED = 3;
        private static final int LISTED_KEY_LIMIT = 40;
        private final String file;
        /** Parameter values, tables and presets set so far, against {@link PipelineCodec#MAX_SETTINGS}. */
        private int settings;

        Fields(String file) {
            this.file = file;
        }

        PipelineFormatException error(String field, String message) {
            return new PipelineFormatException(file + ": " + field + ": " + message);
        }

        /** A rule for a text from the file: null when it holds, otherwise the message. */
        interface Rule {
            String problem(String text);
        }

        /** @return {@code text} when it follows {@code rule} */
        String check(String field, String text, Rule rule) throws PipelineFormatException {
            String problem = rule.problem(text);
            if (problem != null) {
                throw error(field, problem);
            }
            return text;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> object(Object v, String where) throws PipelineFormatException {
            if (!(v instanceof Map)) {
                throw error(where, v == null ? "missing; expected an object" : "expected an object, found " + kind(v));
            }
            return (Map<String, Object>) v;
        }

        /** An object of at most {@code limit} entries, counted before any of them is read. */
        Map<String, Object> object(Object v, String where, int limit, String what) throws PipelineFormatException {
            Map<String, Object> m = object(v, where);
            limit(m.size(), limit, where, what);
            return m;
        }

        @SuppressWarnings("unchecked")
        List<Object> array(Object v, String where) throws PipelineFormatException {
            if (!(v instanceof List)) {
                throw error(where, v == null ? "missing; expected an array" : "expected an array, found " + kind(v));
            }
            return (List<Object>) v;
        }

        /** An array of at most {@code limit} elements, counted before any of them is read. */
        List<Object> array(Object v, String where, int limit, String what) throws PipelineFormatException {
            List<Object> l = array(v, where);
            limit(l.size(), limit, where, what);
            return l;
        }

        /** Counts {@code count} more settings (parameter values, tables, presets) against their total limit. */
        void settings(int count, String where) throws PipelineFormatException {
            settings += count;
            if (settings > MAX_SETTINGS) {
                throw error(where, "with these, the nodes and scenarios set " + settings + " parameters, tables and "
                        + "presets in all; the limit is " + MAX_SETTINGS);
            }
        }

        private void limit(int size, int limit, String where, String what) throws PipelineFormatException {
            if (size > limit) {
                throw error(where, size + " " + what + "; the limit is " + limit);
            }
        }

        String string(Object v, String where) throws PipelineFormatException {
            if (!(v instanceof String) || ((String) v).isBlank()) {
                throw error(where, v == null ? "missing; expected a string"
                        : v instanceof String ? "must not be empty" : "expected a string, found " + kind(v));
            }
            return (String) v;
        }

        /** A string, possibly empty, for a rule to judge. */
        String text(Object v, String where) throws PipelineFormatException {
            if (!(v instanceof String)) {
                throw error(where, v == null ? "missing; expected a string" : "expected a string, found " + kind(v));
            }
            return (String) v;
        }

        /** A mechanism or preset id: a string that {@link PipelineRules#symbol(String, String)} accepts. */
        String symbol(Object v, String where, String what) throws PipelineFormatException {
            return check(where, text(v, where), s -> PipelineRules.symbol(what, s));
        }

        String optString(Map<String, Object> obj, String key, String where, String dflt) throws PipelineFormatException {
            Object v = obj.get(key);
            if (v == null) {
                return dflt;
            }
            if (!(v instanceof String)) {
                throw error(where, "expected a string, found " + kind(v));
            }
            return (String) v;
        }

        double number(Object v, String where) throws PipelineFormatException {
            if (!(v instanceof Double)) {
                throw error(where, v == null ? "missing; expected a number" : "expected a number, found " + kind(v));
            }
            double d = (Double) v;
            if (!Double.isFinite(d)) {
                throw error(where, "the number " + d + " is not finite");
            }
            return d;
        }

        PortRef portRef(Object v, String where) throws PipelineFormatException {
            String s = string(v, where);
            PortRef ref;
            try {
                ref = PortRef.parse(s);
            } catch (IllegalArgumentException e) {
                throw error(where, e.getMessage());
            }
            check(where, ref.node(), n -> PipelineRules.symbol("the node", n));
            check(where, ref.port(), n -> PipelineRules.symbol("the port", n));
            return ref;
        }

        void keys(Map<String, Object> obj, Set<String> allowed, String where) throws PipelineFormatException {
            List<String> unknown = new ArrayList<>();
            int count = 0;
            for (String k : obj.keySet()) {
                if (!allowed.contains(k) && count++ < MAX_LISTED) {
                    unknown.add(Names.quote(k, LISTED_KEY_LIMIT));
                }
            }
            if (count > 0) {
                throw error(where, "unknown key" + (count > 1 ? "s " : " ") + String.join(", ", unknown)
                        + (count > MAX_LISTED ? " and " + (count - MAX_LISTED) + " more" : "")
                        + " (allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }

        private static String kind(Object v) {
            if (v instanceof Map) {
                return "an object";
            }
            if (v instanceof List) {
                return "an array";
            }
            if (v instanceof String) {
                return "the string " + Names.quote((String) v);
            }
            if (v instanceof Boolean) {
                return "the boolean " + v;
            }
            return String.valueOf(v).toLowerCase(Locale.ROOT);
        }
    }
}
