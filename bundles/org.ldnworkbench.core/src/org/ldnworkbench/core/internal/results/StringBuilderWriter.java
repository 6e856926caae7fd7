package org.ldnworkbench.core.internal.results;

import java.io.Writer;

/**
 * A {@link Writer} into a {@link StringBuilder}, without the lock that {@link java.io.StringWriter} takes for every
 * piece (a {@code StringBuffer}): a JSON writer hands it a few pieces per value, and summary.json has tens of
 * thousands of values. Not thread-safe.
 */
public final class StringBuilderWriter extends Writer {
    private final StringBuilder text;

    /** @param capacity the expected length of the text */
    public StringBuilderWriter(int capacity) {
        text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
        text.append(s, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public Writer append(char c) {
        text.append(c);
        return this;
    }

    @Override
    public void flush() {
        // nothing buffered
    }

    @Override
    public void close() {
        // nothing to release
    }

    /** @return the text written so far */
    @Override
    public String toString() {
        return text.toString();
    }
}
