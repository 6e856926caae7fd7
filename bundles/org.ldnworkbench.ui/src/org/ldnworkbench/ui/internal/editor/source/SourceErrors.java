package org.ldnworkbench.ui.internal.editor.source;

import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ldnworkbench.core.pipeline.Names;
import org.ldnworkbench.core.pipeline.Pipeline;
import org.ldnworkbench.core.pipeline.PipelineFiles;
import org.ldnworkbench.core.pipeline.PipelineFormatException;

/**
 * Reads a Source page's text and, when it is not a pipeline, places the reader's error in the text. The reader names
 * the place in its message only: {@code NAME:LINE:COLUMN: syntax error: ...} for JSON syntax, {@code NAME: FIELD:
 * message} for a field of valid JSON; the field is found in the text by {@link JsonLocator}.
 */
public final class SourceErrors {
    private static final Pattern LINE_COLUMN = Pattern.compile(":(\\d+):(\\d+): (.*)", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile(": (.+?): (.*)", Pattern.DOTALL);
    /** The reader's words for a key it does not know; the error is placed at that key, not at its object. */
    private static final Pattern UNKNOWN_KEY = Pattern.compile("^unknown key '([A-Za-z0-9_.-]+)'");
    private static final String TOP_LEVEL = "the top level";

    /** A text read: either the pipeline or the error. */
    public record Reading(Pipeline pipeline, SourceError error) {
        /** @return whether the text is a pipeline */
        public boolean ok() {
            return pipeline != null;
        }
    }

    private SourceErrors() {
    }

    /**
     * @param text the text of a pipeline file
     * @param name the file's name, used by the reader in its message
     * @return the pipeline, or where and why the text is not one
     */
    public static Reading read(String text, String name) {
        try {
            return new Reading(PipelineFiles.read(new StringReader(text), name), null);
        } catch (PipelineFormatException e) {
            return new Reading(null, locate(text, name, e.getMessage()));
        }
    }

    /**
     * Whether applying a Source page's text would change the pipeline: a text that differs only in layout (spaces,
     * line breaks, the order of keys, number spelling) reads to the same pipeline and is no edit, so switching pages
     * never rewrites the user's text for nothing.
     *
     * @param typed the pipeline read from the Source page's text
     * @param documentText the file text of the document's pipeline ({@code PipelineFiles.toText})
     * @return whether they differ
     */
    public static boolean changesPipeline(Pipeline typed, String documentText) {
        return !PipelineFiles.toText(typed).equals(documentText);
    }

    /**
     * @param text the text the reader refused
     * @param name the name the reader was given
     * @param message the reader's message
     * @return the error placed in the text (at its start when the message names no place)
     */
    public static SourceError locate(String text, String name, String message) {
        String prefix = Names.escape(name);
        String rest = message.startsWith(prefix) ? message.substring(prefix.length()) : ": " + message;
        Matcher lc = LINE_COLUMN.matcher(rest);
        if (lc.matches()) {
            int line = Integer.parseInt(lc.group(1));
            int column = Integer.parseInt(lc.group(2));
            int offset = offsetOf(text, line, column);
            return new SourceError(line, column, offset, tokenLength(text, offset), lc.group(3));
        }
        Matcher field = FIELD.matcher(rest);
        String shown = rest.startsWith(": ") ? rest.substring(2) : rest;
        int offset = field.matches() ? JsonLocator.find(text, pathOf(field.group(1), field.group(2))) : 0;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceError(line, offset - lineStart + 1, offset, tokenLength(text, offset), shown);
    }

    /**
     * @param where the place the reader names, e.g. {@code the top level} or {@code node 'pk'}
     * @param what the reader's message after it
     * @return the path to look for: the unknown key itself when the message is about one, else the place
     */
    private static String pathOf(String where, String what) {
        Matcher unknown = UNKNOWN_KEY.matcher(what);
        if (!unknown.find()) {
            return where;
        }
        String key = unknown.group(1).contains(".") ? "['" + unknown.group(1) + "']" : unknown.group(1);
        return TOP_LEVEL.equals(where) ? key : where + (key.startsWith("[") ? "" : ".") + key;
    }

    /**
     * @return the offset of a 1-based line and column, clamped to the text (a column past the line's end is its end)
     */
    static int offsetOf(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset < text.length(); offset++) {
            if (text.charAt(offset) == '\n') {
                l++;
            }
        }
        int lineEnd = text.indexOf('\n', offset);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        return Math.min(offset + Math.max(0, column - 1), lineEnd);
    }

    /** @return the length of what to underline at {@code offset}: the word or string there, at least one character */
    private static int tokenLength(String text, int offset) {
        if (offset >= text.length()) {
            return text.isEmpty() ? 0 : 1;
        }
        int end = offset;
        if (text.charAt(offset) == '"') {
            end = text.indexOf('"', offset + 1);
            int lineEnd = text.indexOf('\n', offset);
            end = end < 0 || lineEnd >= 0 && lineEnd < end ? offset : end;
            return end - offset + 1;
        }
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && ",:{}[]".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return Math.max(1, end - offset);
    }
}
