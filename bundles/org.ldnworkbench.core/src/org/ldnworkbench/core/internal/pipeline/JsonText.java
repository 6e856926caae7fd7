package org.ldnworkbench.core.internal.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;

import org.ldnworkbench.core.internal.results.ShortestDecimal;

/**
 * A small JSON writer that puts top-level members on their own lines and keeps inner objects and arrays on one
 * line, so pipeline files stay readable and diff well. Numbers are written in their shortest exact form.
 */
final class JsonText {
    private final StringBuilder sb = new StringBuilder();
    /** Per open container: true when the container is written on one line. */
    private final Deque<boolean[]> stack = new ArrayDeque<>();
    private boolean first = true;
    private boolean afterField;

    JsonText beginObject() {
        return open('{', false);
    }

    JsonText beginInlineObject() {
        return open('{', true);
    }

    JsonText beginArray() {
        return open('[', false);
    }

    JsonText beginInlineArray() {
        return open('[', true);
    }

    private JsonText open(char c, boolean inline) {
        separator();
        boolean parentInline = !stack.isEmpty() && stack.peek()[0];
        sb.append(c);
        stack.push(new boolean[] { inline || parentInline });
        first = true;
        return this;
    }

    JsonText endObject() {
        return close('}');
    }

    JsonText endArray() {
        return close(']');
    }

    private JsonText close(char c) {
        boolean inline = stack.pop()[0];
        if (!inline && !first) {
            newline();
        }
        sb.append(c);
        first = false;
        return this;
    }

    JsonText field(String name) {
        separator();
        quote(name);
        sb.append(": ");
        afterField = true;
        return this;
    }

    JsonText string(String v) {
        separator();
        quote(v);
        return this;
    }

    JsonText number(double v) {
        separator();
        ShortestDecimal.appendJson(sb, v);
        return this;
    }

    private void separator() {
        if (afterField) {
            afterField = false;
            return;
        }
        if (stack.isEmpty()) {
            return;
        }
        if (!first) {
            sb.append(',');
            if (stack.peek()[0]) {
                sb.append(' ');
            }
        }
        if (!stack.peek()[0]) {
            newline();
        }
        first = false;
    }

    private void newline() {
        sb.append('\n');
        for (int i = 0; i < stack.size(); i++) {
            sb.append("  ");
        }
    }

    private void quote(String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
            case '"': sb.append("\\\""); break;
            case '\\': sb.append("\\\\"); break;
            case '\n': sb.append("\\n"); break;
            case '\r': sb.append("\\r"); break;
            case '\t': sb.append("\\t"); break;
            default:
                if (c < 0x20) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        sb.append('"');
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
