package org.ldnworkbench.core.tests;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.ldnworkbench.core.pipeline.Connection;
import org.ldnworkbench.core.pipeline.Node;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PortRef;
import org.ldnworkbench.core.pipeline.Scenario;

/**
 * Changes valid pipelines into likely-hostile ones, on three levels: the bytes of the file, the JSON tree of the
 * file, and the pipeline object built in code. Deterministic for a given {@link Random}. Each method returns a short
 * description of what it did, for the report of a failing case.
 */
final class FuzzMutator {
    /** Strings that have broken readers, file names or terminals somewhere. */
    static final List<String> HOSTILE = List.of("", " ", "../../tmp/x", "/etc/passwd", "..", ".", "C:\\x", "plots",
            "PLOTS", "con", "NUL", "lpt9", "a/b", "a\\b", "\u0000", "\u001b[31mred\u001b[0m", "\n", "a\tb",
            "\u202egnp.exe", "\ud83d\ude00", "\u00e9t\u00e9", "x".repeat(65), "y".repeat(201), "z".repeat(10_000),
            "-rf", "pk", "PK", "Dosing", "dosing.dose", "a.b.c", "\uFEFF", "\u2028", "x.", ".x", "_", "a-b", "\"",
            "\\u0000", "%s%n", "null", "\u0085", "\u00a0");

    /** Tokens that JSON readers get wrong, inserted at random places of the text. */
    private static final List<String> TOKENS = List.of("NaN", "Infinity", "-Infinity", "1e400", "-1e400", "-0",
            "1e-400", "0x10", "01", "1.", ".5", "+1", "1e", "-", "123456789012345678901234567890123456789",
            "9".repeat(1200), "[".repeat(40), "]".repeat(40), "{\"a\":".repeat(40), "\"" + "x".repeat(5000) + "\"",
            "\u0000", "\u001b", "\"../\"", "//", "/*", "*/", "'", ",", "}", "]", ":", "{", "[", "\\u", "\\ud800",
            "\\udc00", "\\x", "\u00e9", "\ud834\udd1e", "\u202e", "true", "null", "TRUE", "\"plots\"", "\"PK\"",
            "\"pk\"", "\"dosing.dose\"", "\n", "\r", "\t", " ", "\u00a0", "\"\"", "[]", "{}", "\"format\"",
            "\"nodes\"", "\"id\"", "\"scenarios\"", "\"connections\"");

    /** Byte sequences that are not UTF-8: a lone continuation byte, an overlong NUL, an encoded surrogate, a BOM. */
    private static final byte[][] BYTES = { { (byte) 0xff }, { (byte) 0x80 }, { (byte) 0xc0, (byte) 0x80 },
            { (byte) 0xed, (byte) 0xa0, (byte) 0x80 }, { (byte) 0xef, (byte) 0xbb, (byte) 0xbf }, { 0 } };

    private final Random random;

    FuzzMutator(Random random) {
        this.random = random;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    String hostile() {
        return pick(HOSTILE);
    }

    // ---- bytes -------------------------------------------------------------------------------------------------

    /** One random change of the bytes of a file; {@code other} provides material for splices. */
    byte[] mutateBytes(byte[] in, byte[] other, StringBuilder what) {
        int n = in.length;
        if (n == 0) {
            what.append("start over from another file; ");
            return other.clone();
        }
        int at = random.nextInt(n + 1);
        int len = 1 + random.nextInt(64);
        switch (random.nextInt(9)) {
        case 0: {
            byte[] out = in.clone();
            for (int k = 0, flips = 1 + random.nextInt(4); k < flips && n > 0; k++) {
                out[random.nextInt(n)] ^= (byte) (1 << random.nextInt(8));
            }
            what.append("flip bits; ");
            return out;
        }
        case 1: {
            byte[] ins = new byte[1 + random.nextInt(8)];
            random.nextBytes(ins);
            what.append("insert random bytes at ").append(at).append("; ");
            return splice(in, at, 0, ins);
        }
        case 2:
            what.append("delete ").append(len).append(" bytes at ").append(at).append("; ");
            return splice(in, at, Math.min(len, n - at), new byte[0]);
        case 3: {
            int from = random.nextInt(n);
            int l = Math.min(len, n - from);
            what.append("duplicate ").append(l).append(" bytes of ").append(from).append(" at ").append(at).append("; ");
            return splice(in, at, 0, java.util.Arrays.copyOfRange(in, from, from + l));
        }
        case 4: {
            int from = random.nextInt(other.length);
            int l = Math.min(1 + random.nextInt(200), other.length - from);
            what.append("splice ").append(l).append(" bytes of another file at ").append(at).append("; ");
            return splice(in, at, Math.min(random.nextInt(50), n - at), java.util.Arrays.copyOfRange(other, from, from + l));
        }
        case 5:
            what.append("truncate at ").append(at).append("; ");
            return java.util.Arrays.copyOf(in, at);
        case 6: {
            byte[] b = BYTES[random.nextInt(BYTES.length)];
            what.append("insert non-UTF-8 bytes at ").append(at).append("; ");
            return splice(in, at, 0, b);
        }
        default: {
            String token = pick(TOKENS);
            int replace = random.nextBoolean() ? 0 : Math.min(random.nextInt(8), n - at);
            what.append("token ").append(describe(token)).append(" at ").append(at).append(" over ").append(replace)
                    .append("; ");
            return splice(in, at, replace, token.getBytes(StandardCharsets.UTF_8));
        }
        }
    }

    private static byte[] splice(byte[] in, int at, int remove, byte[] insert) {
        byte[] out = new byte[in.length - remove + insert.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(in, at + remove, out, at + insert.length, in.length - at - remove);
        return out;
    }

    // ---- JSON tree -------------------------------------------------------------------------------------------

    /** A place in a JSON tree: an object and a key, or an array and an index. */
    private record Slot(Object container, Object key) {
        @SuppressWarnings("unchecked")
        Object get() {
            return container instanceof Map ? ((Map<String, Object>) container).get(key)
                    : ((List<Object>) container).get((Integer) key);
        }

        @SuppressWarnings("unchecked")
        void set(Object v) {
            if (container instanceof Map) {
                ((Map<String, Object>) container).put((String) key, v);
            } else {
                ((List<Object>) container).set((Integer) key, v);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void slots(Object v, List<Slot> out) {
        if (v instanceof Map) {
            for (String k : ((Map<String, Object>) v).keySet()) {
                out.add(new Slot(v, k));
                slots(((Map<String, Object>) v).get(k), out);
            }
        } else if (v instanceof List) {
            List<Object> l = (List<Object>) v;
            for (int i = 0; i < l.size(); i++) {
                out.add(new Slot(v, i));
                slots(l.get(i), out);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Object copy(Object v) {
        if (v instanceof Map) {
            Map<String, Object> m = new LinkedHashMap<>();
            ((Map<String, Object>) v).forEach((k, x) -> m.put(k, copy(x)));
            return m;
        }
        if (v instanceof List) {
            List<Object> l = new ArrayList<>();
            ((List<Object>) v).forEach(x -> l.add(copy(x)));
            return l;
        }
        return v;
    }

    private Object randomValue() {
        switch (random.nextInt(9)) {
        case 0: return hostile();
        case 1: return random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
        case 2: return random.nextBoolean();
        case 3: return null;
        case 4: return new ArrayList<>(List.of(1.0, 2.0));
        case 5: return new LinkedHashMap<>(Map.of(hostile(), 1.0));
        case 6: return new ArrayList<>();
        case 7: return -0.0;
        default: return Double.MAX_VALUE;
        }
    }

    /** One random change of the structure of a JSON tree (in place). */
    @SuppressWarnings("unchecked")
    void mutateTree(Map<String, Object> root, StringBuilder what) {
        List<Slot> slots = new ArrayList<>();
        slots(root, slots);
        if (slots.isEmpty()) {
            root.put("format", hostile());
            what.append("refill an empty object; ");
            return;
        }
        Slot s = pick(slots);
        switch (random.nextInt(11)) {
        case 0:
            if (s.container() instanceof Map) {
                ((Map<String, Object>) s.container()).remove(s.key());
                what.append("remove key ").append(describe((String) s.key())).append("; ");
            } else {
                ((List<Object>) s.container()).remove((int) (Integer) s.key());
                what.append("remove element; ");
            }
            return;
        case 1:
            if (s.container() instanceof List) {
                ((List<Object>) s.container()).add((Integer) s.key(), copy(s.get()));
                what.append("duplicate element; ");
                return;
            }
            // fall through: an object has no duplicate keys
        case 2:
            s.set(randomValue());
            what.append("retype ").append(describe(String.valueOf(s.key()))).append("; ");
            return;
        case 3: {
            Slot t = pick(slots);
            Object a = s.get();
            Object b = t.get();
            if (!contains(a, t.container()) && !contains(b, s.container())) {
                s.set(b);
                t.set(a);
                what.append("swap two values; ");
            }
            return;
        }
        case 4:
            if (s.get() instanceof String) {
                s.set(hostile());
                what.append("hostile string; ");
            } else if (s.container() instanceof Map) {
                renameKey((Map<String, Object>) s.container(), (String) s.key(), hostile());
                what.append("hostile key; ");
            }
            return;
        case 5:
            if (s.get() instanceof String) {
                s.set(((String) s.get()).toUpperCase(Locale.ROOT));
                what.append("upper case; ");
            }
            return;
        case 6:
            if (s.get() instanceof Map) {
                ((Map<String, Object>) s.get()).put(hostile(), randomValue());
                what.append("add key; ");
            }
            return;
        case 7: {
            Object deep = 1.0;
            for (int i = 0, depth = 10 + random.nextInt(30); i < depth; i++) {
                deep = new ArrayList<>(List.of(deep));
            }
            s.set(deep);
            what.append("deep nesting; ");
            return;
        }
        case 8: {
            String key = pick(List.of("nodes", "connections", "scenarios"));
            if (root.get(key) instanceof List && !((List<Object>) root.get(key)).isEmpty()) {
                List<Object> l = (List<Object>) root.get(key);
                l.add(copy(l.get(random.nextInt(l.size()))));
                what.append("duplicate one of ").append(key).append("; ");
            }
            return;
        }
        case 9: {
            if (s.get() instanceof List && !((List<Object>) s.get()).isEmpty()) {
                List<Object> l = (List<Object>) s.get();
                Object first = l.get(0);
                for (int i = 0, n = pick(List.of(100, 1001, 10_001)); i < n; i++) {
                    l.add(copy(first));
                }
                what.append("grow an array; ");
            }
            return;
        }
        default:
            if (s.get() instanceof Double) {
                s.set(pick(List.of(0.0, -0.0, 1e308, -1e308, 4.9e-324, 1e15, 0.1)));
                what.append("edge number; ");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean contains(Object tree, Object part) {
        if (tree == part) {
            return true;
        }
        if (tree instanceof Map) {
            return ((Map<String, Object>) tree).values().stream().anyMatch(v -> contains(v, part));
        }
        if (tree instanceof List) {
            return ((List<Object>) tree).stream().anyMatch(v -> contains(v, part));
        }
        return false;
    }

    private static void renameKey(Map<String, Object> m, String from, String to) {
        Map<String, Object> copy = new LinkedHashMap<>(m);
        m.clear();
        copy.forEach((k, v) -> m.put(k.equals(from) ? to : k, v));
    }

    // ---- pipeline built in code ----------------------------------------------------------------------------------

    /** One random change of a pipeline object, as an editor might make it, bypassing the file reader. */
    void mutatePipeline(Pipeline p, StringBuilder what) {
        List<Node> nodes = p.nodes();
        Node n = nodes.isEmpty() ? null : pick(nodes);
        Scenario s = p.scenarios().isEmpty() ? null : pick(p.scenarios());
        String h = hostile();
        switch (random.nextInt(14)) {
        case 0 -> { if (n != null) { n.id(h); what.append("node id; "); } }
        case 1 -> { if (s != null) { s.id(h); what.append("scenario id; "); } }
        case 2 -> { p.name(h); what.append("pipeline name; "); }
        case 3 -> { if (s != null) { s.name(random.nextBoolean() ? h : null); what.append("scenario name; "); } }
        case 4 -> { if (n != null) { n.mechanism(h); what.append("mechanism; "); } }
        case 5 -> { if (n != null) { n.preset(h); what.append("preset; "); } }
        case 6 -> { if (n != null) { n.parameter(h, 1); what.append("parameter name; "); } }
        case 7 -> { if (n != null) { n.tables().put(h, new double[][] { { 1 } }); what.append("table name; "); } }
        case 8 -> { p.layout().put(h, new double[] { 0, 0 }); what.append("layout key; "); }
        case 9 -> {
            if (s != null) {
                if (random.nextBoolean()) {
                    s.parameters().put(h, 1.0);
                } else {
                    s.presets().put(h, random.nextBoolean() ? h : "fast");
                }
                what.append("scenario key; ");
            }
        }
        case 10 -> { if (n != null) { p.add(n.copy()); what.append("duplicate node; "); } }
        case 11 -> {
            if (!p.connections().isEmpty()) {
                p.connections().add(pick(p.connections()));
                what.append("duplicate connection; ");
            }
        }
        case 12 -> { if (s != null) { p.scenarios().add(s.copy()); what.append("duplicate scenario; "); } }
        default -> {
            p.connections().add(new Connection(new PortRef(random.nextBoolean() ? h : "pk", hostile()),
                    new PortRef(hostile(), random.nextBoolean() ? h : "dose")));
            what.append("hostile connection; ");
        }
        }
    }

    /** A short, safe rendering of a string for descriptions of cases. */
    static String describe(String s) {
        String shown = s.length() > 24 ? s.substring(0, 24) + "...(" + s.length() + ")" : s;
        StringBuilder sb = new StringBuilder("\"");
        for (char c : shown.toCharArray()) {
            sb.append(c < 0x20 || c > 0x7e ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.append('"').toString();
    }
}
