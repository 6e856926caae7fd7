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
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFormatException;
import org.ldnworkbench.core.pipeline.PortRef;
import org.ldnworkbench.core.pipeline.Scenario;
import org.ldnworkbench.core.pipeline.SimulationSettings;

/**
 * Reads and writes the {@code ldn-pipeline/1} JSON format. Structure only: whether mechanisms, ports and parameters
 * exist is the compiler's business. Every message starts with the file name and names the field.
 */
public final class PipelineCodec {
    /** The format string written by this version. */
    public static final String FORMAT = "ldn-pipeline/1";
    /** Most rows of one table parameter. */
    public static final int MAX_TABLE_ROWS = 100_000;

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
        Object root;
        try {
            root = JsonTree.read(in);
        } catch (JsonTree.SyntaxError e) {
            throw new PipelineFormatException(fileName + ":" + e.line() + ":" + e.column() + ": syntax error: "
                    + e.getMessage() + (e.path().isEmpty() ? "" : " (at " + e.path() + ")"));
        } catch (IOException e) {
            throw new PipelineFormatException(IoReasons.describe(fileName, e), e);
        }
        Fields f = new Fields(fileName);
        Map<String, Object> obj = f.object(root, "the top level");
        obj = migrate(f, obj);
        f.keys(obj, ROOT_KEYS, "the top level");
        Pipeline p = new Pipeline();
        p.name(f.optString(obj, "name", "name", ""));
        p.description(f.optString(obj, "description", "description", ""));
        if (obj.containsKey("simulation")) {
            p.simulation(simulation(f, f.object(obj.get("simulation"), "simulation")));
        }
        List<Object> nodes = f.array(obj.get("nodes"), "nodes");
        for (int i = 0; i < nodes.size(); i++) {
            p.add(node(f, nodes.get(i), "nodes[" + i + "]"));
        }
        if (obj.containsKey("connections")) {
            List<Object> cs = f.array(obj.get("connections"), "connections");
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
            List<Object> ss = f.array(obj.get("scenarios"), "scenarios");
            for (int i = 0; i < ss.size(); i++) {
                p.scenarios().add(scenario(f, ss.get(i), "scenarios[" + i + "]"));
            }
        }
        if (obj.containsKey("layout")) {
            Map<String, Object> layout = f.object(obj.get("layout"), "layout");
            for (Map.Entry<String, Object> e : layout.entrySet()) {
                String where = "layout." + e.getKey();
                List<Object> xy = f.array(e.getValue(), where);
                if (xy.size() != 2) {
                    throw f.error(where, "expected [x, y], found " + xy.size() + " numbers");
                }
                p.layout().put(e.getKey(), new double[] { f.number(xy.get(0), where + "[0]"),
                        f.number(xy.get(1), where + "[1]") });
            }
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
                throw f.error("format", "unsupported format \"" + version + "\"; this version of LDN Workbench reads \""
                        + FORMAT + "\"" + (version.startsWith("ldn-pipeline/") ? " (the file may come from a newer version)" : ""));
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
                throw f.error("simulation.integrator", "unknown integrator '" + w + "' (expected one of "
                        + Integrator.words() + ")");
            }
            sim.integrator(i);
        }
        return sim;
    }

    private static Node node(Fields f, Object value, String where) throws PipelineFormatException {
        Map<String, Object> n = f.object(value, where);
        f.keys(n, NODE_KEYS, where);
        String id = f.string(n.get("id"), where + ".id");
        String at = "node '" + id + "'";
        Node node = new Node(id, f.string(n.get("mechanism"), at + ".mechanism"));
        if (n.containsKey("preset") && n.get("preset") != null) {
            node.preset(f.string(n.get("preset"), at + ".preset"));
        }
        if (n.containsKey("parameters")) {
            Map<String, Object> ps = f.object(n.get("parameters"), at + ".parameters");
            for (Map.Entry<String, Object> e : ps.entrySet()) {
                node.parameter(e.getKey(), f.number(e.getValue(), at + ".parameters." + e.getKey()));
            }
        }
        if (n.containsKey("tables")) {
            Map<String, Object> ts = f.object(n.get("tables"), at + ".tables");
            for (Map.Entry<String, Object> e : ts.entrySet()) {
                String field = at + ".tables." + e.getKey();
                List<Object> rows = f.array(e.getValue(), field);
                if (rows.size() > MAX_TABLE_ROWS) {
                    throw f.error(field, rows.size() + " rows; a table holds at most " + MAX_TABLE_ROWS);
                }
                double[][] table = new double[rows.size()][];
                for (int r = 0; r < rows.size(); r++) {
                    List<Object> row = f.array(rows.get(r), field + "[" + r + "]");
                    table[r] = new double[row.size()];
                    for (int c = 0; c < row.size(); c++) {
                        table[r][c] = f.number(row.get(c), field + "[" + r + "][" + c + "]");
                    }
                }
                node.tables().put(e.getKey(), table);
            }
        }
        return node;
    }

    private static Scenario scenario(Fields f, Object value, String where) throws PipelineFormatException {
        Map<String, Object> s = f.object(value, where);
        f.keys(s, SCENARIO_KEYS, where);
        String id = f.string(s.get("id"), where + ".id");
        String at = "scenario '" + id + "'";
        Scenario sc = new Scenario(id, f.optString(s, "name", at + ".name", id));
        if (s.containsKey("parameters")) {
            Map<String, Object> ps = f.object(s.get("parameters"), at + ".parameters");
            for (Map.Entry<String, Object> e : ps.entrySet()) {
                f.portRef(e.getKey(), at + ".parameters key");
                sc.parameters().put(e.getKey(), f.number(e.getValue(), at + ".parameters." + e.getKey()));
            }
        }
        if (s.containsKey("presets")) {
            Map<String, Object> ps = f.object(s.get("presets"), at + ".presets");
            for (Map.Entry<String, Object> e : ps.entrySet()) {
                sc.presets().put(e.getKey(), f.string(e.getValue(), at + ".presets." + e.getKey()));
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

    /** Typed access to the JSON tree with messages naming file and field. */
    private static final class Fields {
        private final String file;

        Fields(String file) {
            this.file = file;
        }

        PipelineFormatException error(String field, String message) {
            return new PipelineFormatException(file + ": " + field + ": " + message);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> object(Object v, String where) throws PipelineFormatException {
            if (!(v instanceof Map)) {
                throw error(where, v == null ? "missing; expected an object" : "expected an object, found " + kind(v));
            }
            return (Map<String, Object>) v;
        }

        @SuppressWarnings("unchecked")
        List<Object> array(Object v, String where) throws PipelineFormatException {
            if (!(v instanceof List)) {
                throw error(where, v == null ? "missing; expected an array" : "expected an array, found " + kind(v));
            }
            return (List<Object>) v;
        }

        String string(Object v, String where) throws PipelineFormatException {
            if (!(v instanceof String) || ((String) v).isBlank()) {
                throw error(where, v == null ? "missing; expected a string"
                        : v instanceof String ? "must not be empty" : "expected a string, found " + kind(v));
            }
            return (String) v;
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
            try {
                return PortRef.parse(s);
            } catch (IllegalArgumentException e) {
                throw error(where, e.getMessage());
            }
        }

        void keys(Map<String, Object> obj, Set<String> allowed, String where) throws PipelineFormatException {
            List<String> unknown = new ArrayList<>();
            for (String k : obj.keySet()) {
                if (!allowed.contains(k)) {
                    unknown.add(k);
                }
            }
            if (!unknown.isEmpty()) {
                throw error(where, "unknown key" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
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
                return "the string \"" + v + "\"";
            }
            if (v instanceof Boolean) {
                return "the boolean " + v;
            }
            return String.valueOf(v).toLowerCase(Locale.ROOT);
        }
    }
}
