package org.ldnworkbench.core.internal.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Reads strict JSON into plain Java values (LinkedHashMap, ArrayList, String, Double, Boolean, null), refusing
 * duplicate keys and nesting deeper than {@link #MAX_DEPTH}. Syntax errors carry line and column.
 */
public final class JsonTree {
    /** Deepest nesting accepted; pipeline files need 4. */
    public static final int MAX_DEPTH = 32;

    private static final Pattern LOCATION = Pattern.compile("line (\\d+) column (\\d+)");

    /** A syntax error with its position (1-based). */
    public static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        SyntaxError(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() { return line; }
        public int column() { return column; }
    }

    private JsonTree() {
    }

    /**
     * @param in the text
     * @return the root value
     * @throws SyntaxError on malformed JSON, duplicate keys, excessive nesting or trailing content
     */
    public static Object read(Reader in) throws SyntaxError {
        JsonReader r = new JsonReader(in);
        r.setStrictness(Strictness.STRICT);
        try {
            try {
                r.peek();
            } catch (java.io.EOFException e) {
                throw new SyntaxError("the file is empty (or holds only white space)", 1, 1);
            }
            Object v = value(r, 0);
            if (r.peek() != JsonToken.END_DOCUMENT) {
                throw error(r, "unexpected content after the end of the JSON document");
            }
            return v;
        } catch (SyntaxError e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (e instanceof java.io.EOFException) {
                msg = "the file ends in the middle of the JSON document";
            }
            throw error(r, clean(msg));
        }
    }

    private static Object value(JsonReader r, int depth) throws IOException, SyntaxError {
        if (depth > MAX_DEPTH) {
            throw error(r, "nesting deeper than " + MAX_DEPTH + " levels");
        }
        switch (r.peek()) {
        case BEGIN_OBJECT: {
            Map<String, Object> m = new LinkedHashMap<>();
            r.beginObject();
            while (r.hasNext()) {
                String key = r.nextName();
                if (m.containsKey(key)) {
                    throw error(r, "duplicate key '" + key + "'");
                }
                m.put(key, value(r, depth + 1));
            }
            r.endObject();
            return m;
        }
        case BEGIN_ARRAY: {
            List<Object> l = new ArrayList<>();
            r.beginArray();
            while (r.hasNext()) {
                l.add(value(r, depth + 1));
            }
            r.endArray();
            return l;
        }
        case STRING:
            return r.nextString();
        case NUMBER:
            return r.nextDouble();
        case BOOLEAN:
            return r.nextBoolean();
        case NULL:
            r.nextNull();
            return null;
        default:
            throw error(r, "unexpected " + r.peek());
        }
    }

    private static SyntaxError error(JsonReader r, String message) {
        Matcher m = LOCATION.matcher(message);
        String where = r.toString();
        Matcher w = LOCATION.matcher(where);
        int line = 0;
        int col = 0;
        if (m.find()) {
            line = Integer.parseInt(m.group(1));
            col = Integer.parseInt(m.group(2));
        } else if (w.find()) {
            line = Integer.parseInt(w.group(1));
            col = Integer.parseInt(w.group(2));
        }
        String text = message.replaceAll("\\s*at line \\d+ column \\d+.*$", "");
        return new SyntaxError(text, line, col);
    }

    private static String clean(String gsonMessage) {
        String s = gsonMessage;
        int see = s.indexOf("\nSee ");
        if (see >= 0) {
            s = s.substring(0, see);
        }
        s = s.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "").trim();
        return s;
    }
}
