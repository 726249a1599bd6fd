package org.herald.store;

/** RFC 4180 CSV lines: a cell with a comma, quote or line break is quoted, quotes doubled; null is empty. */
public final class Csv {
    private Csv() {
    }

    /** One CSV line of these cells, ending in CRLF as RFC 4180 says. */
    public static String line(String... cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells[i] == null ? "" : cells[i];
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        return b.append("\r\n").toString();
    }
}
