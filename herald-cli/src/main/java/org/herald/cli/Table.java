package org.herald.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table that fits a terminal width: the last column takes what is left and is clipped. */
final class Table {
    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();
    private String empty = "(no events)";

    Table(String... header) {
        this.header = header;
    }

    /** What to print instead of rows when there are none. */
    Table empty(String message) {
        this.empty = message;
        return this;
    }

    void row(String... cells) {
        rows.add(cells);
    }

    void print(PrintStream out, int width) {
        int n = header.length;
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = header[i].length();
        }
        for (String[] r : rows) {
            for (int i = 0; i < n - 1; i++) {
                w[i] = Math.max(w[i], r[i] == null ? 1 : r[i].length());
            }
        }
        int used = 0;
        for (int i = 0; i < n - 1; i++) {
            used += w[i] + 2;
        }
        w[n - 1] = Math.max(10, width - used);
        line(out, header, w);
        for (String[] r : rows) {
            line(out, r, w);
        }
        if (rows.isEmpty()) {
            out.println(empty);
        }
    }

    private static void line(PrintStream out, String[] cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i] == null ? "-" : cells[i].replace('\n', ' ').replace('\t', ' ');
            if (i == cells.length - 1) {
                b.append(clip(c, w[i]));
            } else {
                b.append(String.format("%-" + w[i] + "s  ", c));
            }
        }
        out.println(b.toString().stripTrailing());
    }

    /** Keeps the end of a long value ("…/news/2025/a.html"), where paths differ. */
    static String clipLeft(String s, int max) {
        return s.length() <= max ? s : "…" + s.substring(s.length() - Math.max(0, max - 1));
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)) + "…";
    }
}
