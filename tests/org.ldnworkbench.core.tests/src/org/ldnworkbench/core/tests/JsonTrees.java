package org.ldnworkbench.core.tests;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ldnworkbench.core.internal.pipeline.JsonTree;

/**
 * JSON trees of pipeline files for tests that change a file's structure: read with the product's reader, written
 * back by a deliberately independent writer that escapes every control character, so that any string can be
 * carried through a file.
 */
final class JsonTrees {
    private JsonTrees() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String json) {
        try {
            return (Map<String, Object>) JsonTree.read(json);
        } catch (JsonTree.SyntaxError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb);
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(Object v, StringBuilder sb) {
        if (v instanceof Map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : ((Map<String, Object>) v).entrySet()) {
                sb.append(first ? "" : ", ");
                first = false;
                string(e.getKey(), sb);
                sb.append(": ");
                write(e.getValue(), sb);
            }
            sb.append('}');
        } else if (v instanceof List) {
            sb.append('[');
            boolean first = true;
            for (Object o : (List<Object>) v) {
                sb.append(first ? "" : ", ");
                first = false;
                write(o, sb);
            }
            sb.append(']');
        } else if (v instanceof String) {
            string((String) v, sb);
        } else if (v instanceof Double) {
            double d = (Double) v;
            sb.append(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d));
        } else {
            sb.append(v); // Boolean, null, or a raw token a test puts in on purpose
        }
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }
}
