package org.herald.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * Writes rows of the {@code export-flat} query in one text format. Flushes but never closes the stream it is
 * given (it may be standard output).
 */
abstract class FlatWriter {
    protected final Writer out;
    private long written;
    private long skipped;

    FlatWriter(OutputStream os) {
        this.out = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Called once before the first row, with the query's columns. */
    void start(ResultSetMetaData columns) throws SQLException, IOException {
    }

    /** Writes one row, or counts it as skipped when the format cannot express it. */
    final void row(ResultSet r) throws SQLException, IOException {
        if (write(r)) {
            written++;
        } else {
            skipped++;
        }
    }

    /** Writes the row and returns true, or returns false to skip it. */
    abstract boolean write(ResultSet r) throws SQLException, IOException;

    void finish() throws IOException {
        out.flush();
    }

    long written() {
        return written;
    }

    long skipped() {
        return skipped;
    }
}
