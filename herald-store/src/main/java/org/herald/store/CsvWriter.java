package org.herald.store;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The flat event table as RFC 4180 CSV with a header line: the columns of the Parquet export. */
final class CsvWriter extends FlatWriter {
    private int columns;

    CsvWriter(OutputStream os) {
        super(os);
    }

    @Override
    void start(ResultSetMetaData md) throws SQLException, IOException {
        columns = md.getColumnCount();
        String[] names = new String[columns];
        for (int i = 0; i < columns; i++) {
            names[i] = md.getColumnLabel(i + 1);
        }
        out.write(Csv.line(names));
    }

    @Override
    boolean write(ResultSet r) throws SQLException, IOException {
        String[] cells = new String[columns];
        for (int i = 0; i < columns; i++) {
            cells[i] = text(r.getObject(i + 1));
        }
        out.write(Csv.line(cells));
        return true;
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof LocalDate || v instanceof LocalDateTime) {
            return v.toString();
        }
        return v.toString();
    }
}
