package org.ldnworkbench.ui.internal.editor.source;

/**
 * Why a Source page's text is not a pipeline, and where: what the Source page underlines, its message bar shows and
 * the Problems view lists.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 * @param offset the character offset in the text, from 0
 * @param length how many characters to underline, at least 1 unless the text is empty
 * @param message the reader's message without the file name, e.g. {@code syntax error: expected ','}
 */
public record SourceError(int line, int column, int offset, int length, String message) {
    /** @return e.g. {@code Line 4, column 7: syntax error: ...}, for the page's message bar */
    public String describe() {
        return "Line " + line + ", column " + column + ": " + message;
    }
}
