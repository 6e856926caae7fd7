package org.ldnworkbench.ui.internal.editor.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a field named by the file reader ({@code nodes[0].parameters.amount}, {@code node 'pk'.parameters.ka},
 * {@code scenario 'low'.presets}, {@code simulation.integrator}, {@code layout['a b']}) stands in a pipeline file's text, so that a format error the reader reports by field can be
 * shown at its line. The reader reports such errors only for text that is valid JSON, but this scanner never trusts
 * that: on any surprise it stops and answers the deepest part of the path it found.
 */
public final class JsonLocator {
    /** A path segment naming an element of an array of objects by its {@code id} member. */
    record ById(String id) {
    }

    private final String text;
    private int best;

    private JsonLocator(String text) {
        this.text = text;
    }

    /**
     * @param text a pipeline file's text
     * @param path a field as the reader names it; anything it does not recognise (e.g. "the top level") is the start
     * @return the offset of the field's key (object member) or value (array element); for a path found only in part,
     *         the offset of its deepest part; 0 when nothing of it is found
     */
    public static int find(String text, String path) {
        JsonLocator locator = new JsonLocator(text);
        List<Object> segments = segments(path);
        try {
            locator.locate(locator.skipSpace(0), segments, 0);
        } catch (IndexOutOfBoundsException e) {
            // text ended early: the deepest part found so far is the answer
        }
        return locator.best;
    }

    /**
     * @param path e.g. {@code nodes[0].parameters['a b']}
     * @return its keys (String), indices (Integer) and ids ({@link ById}); empty for a path that is not one
     */
    static List<Object> segments(String path) {
        List<Object> segments = new ArrayList<>();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            String array = path.startsWith("node '", i) ? "nodes" : path.startsWith("scenario '", i) ? "scenarios" : null;
            if (array != null) {
                int start = path.indexOf('\'', i) + 1;
                int end = path.indexOf('\'', start);
                if (end < 0) {
                    break;
                }
                segments.add(array);
                segments.add(new ById(path.substring(start, end)));
                i = end + 1;
            } else if (c == '.') {
                i++;
            } else if (c == '[' && i + 1 < path.length() && path.charAt(i + 1) == '\'') {
                int end = path.indexOf("']", i + 2);
                if (end < 0) {
                    break;
                }
                segments.add(path.substring(i + 2, end));
                i = end + 2;
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                if (end < 0) {
                    break;
                }
                try {
                    segments.add(Integer.valueOf(path.substring(i + 1, end)));
                } catch (NumberFormatException e) {
                    break;
                }
                i = end + 1;
            } else {
                int end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '['
                        && !Character.isWhitespace(path.charAt(end))) {
                    end++;
                }
                if (end < path.length() && Character.isWhitespace(path.charAt(end))) {
                    return List.of(); // prose such as "the top level"
                }
                segments.add(path.substring(i, end));
                i = end;
            }
        }
        return segments;
    }

    /** Descends from the value at {@code pos} along {@code segments} from {@code index}. */
    private void locate(int pos, List<Object> segments, int index) {
        if (index == segments.size()) {
            return;
        }
        Object segment = segments.get(index);
        char c = text.charAt(pos);
        if (c == '{' && segment instanceof String key) {
            int p = skipSpace(pos + 1);
            while (text.charAt(p) == '"') {
                int keyStart = p;
                int keyEnd = skipString(p);
                String name = decode(keyStart + 1, keyEnd - 1);
                int value = skipSpace(skipSpace(keyEnd) + 1); // after ':'
                if (name.equals(key)) {
                    best = keyStart;
                    locate(value, segments, index + 1);
                    return;
                }
                p = skipSpace(skipValue(value));
                if (text.charAt(p) != ',') {
                    return;
                }
                p = skipSpace(p + 1);
            }
        } else if (c == '[' && (segment instanceof ById || segment instanceof Integer)) {
            int p = skipSpace(pos + 1);
            for (int i = 0; text.charAt(p) != ']'; i++) {
                if (isWanted(segment, i, p)) {
                    best = p;
                    locate(p, segments, index + 1);
                    return;
                }
                p = skipSpace(skipValue(p));
                if (text.charAt(p) != ',') {
                    return;
                }
                p = skipSpace(p + 1);
            }
        }
    }

    /**
     * @return whether the array element at {@code pos}, number {@code i}, is the one the path names: by its
     *         {@code id} (nodes, scenarios) or by its position
     */
    private boolean isWanted(Object segment, int i, int pos) {
        return segment instanceof ById wanted ? wanted.id().equals(idOf(pos)) : segment.equals(i);
    }

    /** @return the {@code id} string of the object starting at {@code pos}, or null */
    private String idOf(int pos) {
        if (text.charAt(pos) != '{') {
            return null;
        }
        int p = skipSpace(pos + 1);
        while (text.charAt(p) == '"') {
            int keyEnd = skipString(p);
            boolean isId = "id".equals(decode(p + 1, keyEnd - 1));
            int value = skipSpace(skipSpace(keyEnd) + 1);
            if (isId) {
                return text.charAt(value) == '"' ? decode(value + 1, skipString(value) - 1) : null;
            }
            p = skipSpace(skipValue(value));
            if (text.charAt(p) != ',') {
                return null;
            }
            p = skipSpace(p + 1);
        }
        return null;
    }

    /** @return the offset after the value starting at {@code pos} */
    private int skipValue(int pos) {
        char c = text.charAt(pos);
        if (c == '"') {
            return skipString(pos);
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            int p = pos;
            do {
                char d = text.charAt(p);
                if (d == '"') {
                    p = skipString(p);
                    continue;
                }
                if (d == '{' || d == '[') {
                    depth++;
                } else if (d == '}' || d == ']') {
                    depth--;
                }
                p++;
            } while (depth > 0);
            return p;
        }
        int p = pos;
        while (p < text.length() && ",}] \t\r\n".indexOf(text.charAt(p)) < 0) {
            p++;
        }
        return p;
    }

    /** @return the offset after the string whose opening quote is at {@code pos} */
    private int skipString(int pos) {
        int p = pos + 1;
        while (text.charAt(p) != '"') {
            p += text.charAt(p) == '\\' ? 2 : 1;
        }
        return p + 1;
    }

    private int skipSpace(int pos) {
        int p = pos;
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p;
    }

    /** The characters of a JSON string body, its simple escapes and {@code \\uXXXX} decoded. */
    private String decode(int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= to) {
                sb.append(c);
                continue;
            }
            char e = text.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    if (i + 4 < to) {
                        try {
                            sb.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        } catch (NumberFormatException x) {
                            sb.append('?');
                        }
                        i += 4;
                    }
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }
}
