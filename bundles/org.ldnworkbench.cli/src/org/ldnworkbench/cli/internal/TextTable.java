package org.ldnworkbench.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.ldnworkbench.core.pipeline.Names;

/**
 * A plain-text table with a header row; columns holding only numbers are right-aligned, others left-aligned.
 * Linear in the size of its cells: cells may hold text from files. Public for the benchmark bundle's tables.
 */
public final class TextTable {
    /** Longest name from a file shown in a table or a summary line. */
    static final int MAX_NAME = 60;

    private final List<String[]> rows = new ArrayList<>();
    private final String[] header;

    public TextTable(String... header) {
        this.header = header;
    }

    /**
     * A name from a file (pipeline, scenario) for a table or a summary line: control characters and direction
     * overrides escaped so that it cannot move the cursor or recolour the terminal, cut to {@value #MAX_NAME}
     * characters with {@code ...} so that a long one cannot push the table apart.
     */
    public static String name(String text) {
        if (text.length() <= MAX_NAME) {
            return Names.escape(text);
        }
        int cut = MAX_NAME - 3;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return Names.escape(text.substring(0, cut)) + "...";
    }

    public TextTable row(String... cells) {
        if (cells.length != header.length) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, header " + header.length);
        }
        rows.add(cells);
        return this;
    }

    public void print(PrintStream out) {
        int[] w = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            w[c] = header[c].length();
            for (String[] r : rows) {
                w[c] = Math.max(w[c], r[c].length());
            }
        }
        boolean[] right = new boolean[header.length];
        for (int c = 1; c < header.length; c++) {
            right[c] = true;
            for (String[] r : rows) {
                right[c] &= Numbers.isPlainDecimal(r[c]);
            }
        }
        line(out, header, w, right);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < w.length; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(w[c]));
        }
        out.println(rule);
        for (String[] r : rows) {
            line(out, r, w, right);
        }
    }

    private static void line(PrintStream out, String[] cells, int[] w, boolean[] right) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String pad = " ".repeat(w[c] - cells[c].length());
            sb.append(c == 0 ? "" : "  ").append(right[c] ? pad + cells[c] : cells[c] + pad);
        }
        out.println(stripTrailingSpace(sb));
    }

    /** Drops the padding at the end of a line; linear (the regex it replaces was quadratic in a long cell). */
    static String stripTrailingSpace(CharSequence s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.subSequence(0, end).toString();
    }
}
