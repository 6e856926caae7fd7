package org.ldnworkbench.core.internal.pipeline;

import org.ldnworkbench.core.pipeline.Names;

/**
 * The place in a JSON document being read, such as {@code nodes[0].parameters.amount}, kept as one segment per
 * open object or array so that a syntax error can say where it is in the words of the file's structure, not only
 * by line and column.
 * <p>
 * Keeping the path costs one array store per value; it is only turned into text when an error is reported, and that
 * text is cut to {@value #MAX_SHOWN} characters so that a message stays one short line whatever the keys hold.
 */
final class JsonPath {
    /** Most characters of a path shown in a message; longer paths keep their end, which is the precise part. */
    static final int MAX_SHOWN = 160;

    /** Per open container: the current key (object; null before the first key) or index (array). */
    private final Object[] segments;
    private int size;

    JsonPath(int maxDepth) {
        segments = new Object[maxDepth + 1];
    }

    void enterObject() {
        segments[size++] = null;
    }

    void enterArray() {
        segments[size++] = -1;
    }

    void leave() {
        segments[--size] = null;
    }

    /** The key whose value is read next in the innermost object, or null between members. */
    void key(String key) {
        segments[size - 1] = key;
    }

    /** The index of the element read next in the innermost array. */
    void index(int index) {
        segments[size - 1] = index;
    }

    /** @return the path as text, empty at the top level */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < size; i++) {
            Object s = segments[i];
            if (s instanceof Integer && (Integer) s >= 0) {
                sb.append('[').append(s).append(']');
            } else if (s instanceof String) {
                String key = (String) s;
                if (Names.isId(key)) {
                    sb.append(sb.length() == 0 ? "" : ".").append(key);
                } else {
                    sb.append('[').append(Names.quote(key)).append(']');
                }
            }
        }
        if (sb.length() > MAX_SHOWN) {
            return "..." + sb.substring(sb.length() - MAX_SHOWN + 3);
        }
        return sb.toString();
    }
}
