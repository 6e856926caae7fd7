package org.ldnworkbench.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with a header row; columns holding only numbers are right-aligned, others left-aligned. */
final class TextTable {
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern
            .compile("-|[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private final List<String[]> rows = new ArrayList<>();
    private final String[] header;

    TextTable(String... header) {
        this.header = header;
    }

    TextTable row(String... cells) {
        if (cells.length != header.length) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, header " + header.length);
        }
        rows.add(cells);
        return this;
    }

    void print(PrintStream out) {
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
                right[c] &= NUMBER.matcher(r[c]).matches();
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
        out.println(sb.toString().replaceAll("\\s+$", ""));
    }
}
