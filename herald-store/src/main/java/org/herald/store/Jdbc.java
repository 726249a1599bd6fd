package org.herald.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Binding values to statements and reading them back: the only place that knows the JDBC types. */
final class Jdbc {
    private Jdbc() {
    }

    /** Binds values in order; lists become DuckDB lists, instants UTC timestamps, null a typed NULL. */
    static void bind(Connection c, PreparedStatement p, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            bindOne(c, p, i + 1, values.get(i));
        }
    }

    static void bind(Connection c, PreparedStatement p, Object... values) throws SQLException {
        bind(c, p, Arrays.asList(values));
    }

    private static void bindOne(Connection c, PreparedStatement p, int i, Object v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.NULL);
        } else if (v instanceof String s) {
            p.setString(i, s);
        } else if (v instanceof Integer n) {
            p.setInt(i, n);
        } else if (v instanceof Long n) {
            p.setLong(i, n);
        } else if (v instanceof Double d) {
            p.setDouble(i, d);
        } else if (v instanceof Boolean b) {
            p.setBoolean(i, b);
        } else if (v instanceof LocalDate d) {
            p.setObject(i, d);
        } else if (v instanceof Instant t) {
            p.setObject(i, LocalDateTime.ofInstant(t, ZoneOffset.UTC));
        } else if (v instanceof StringList l) {
            p.setArray(i, c.createArrayOf("VARCHAR", l.values().toArray()));
        } else if (v instanceof DoubleList l) {
            p.setArray(i, c.createArrayOf("DOUBLE", l.values().toArray()));
        } else {
            throw new IllegalArgumentException("cannot bind a " + v.getClass().getName());
        }
    }

    private static final java.util.regex.Pattern LIST_PARAM = java.util.regex.Pattern.compile("\\?::([A-Z]+(?:\\[\\])?)\\[\\]");

    /**
     * The element types of a statement's column-list parameters, in order: "?::VARCHAR[]" is VARCHAR,
     * "?::VARCHAR[][]" is VARCHAR[].
     */
    static List<String> listTypes(String sql) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = LIST_PARAM.matcher(sql);
        while (m.find()) {
            out.add(m.group(1));
        }
        if (out.size() != sql.chars().filter(ch -> ch == '?').count()) {
            throw new IllegalStateException("every parameter must be a typed list (?::TYPE[]): " + sql);
        }
        return out;
    }

    /**
     * Binds rows column by column: parameter j gets the list of every row's value j, typed as {@code types}
     * says. Dates become ISO text (the statement casts them back); lists become nested lists.
     */
    static void bindColumns(Connection c, PreparedStatement p, List<String> types, List<List<Object>> rows)
            throws SQLException {
        for (int j = 0; j < types.size(); j++) {
            String t = types.get(j);
            Object[] col = new Object[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                List<Object> row = rows.get(i);
                if (row.size() != types.size()) {
                    throw new IllegalStateException("row of " + row.size() + " values for " + types.size() + " columns");
                }
                col[i] = element(c, t, row.get(j));
            }
            p.setArray(j + 1, c.createArrayOf(t, col));
        }
    }

    private static Object element(Connection c, String type, Object v) throws SQLException {
        if (v == null) {
            return null;
        }
        return switch (type) {
            case "VARCHAR" -> v.toString();
            case "INTEGER" -> ((Number) v).intValue();
            case "BIGINT" -> ((Number) v).longValue();
            case "DOUBLE" -> ((Number) v).doubleValue();
            case "BOOLEAN" -> (Boolean) v;
            case "VARCHAR[]" -> c.createArrayOf("VARCHAR", ((StringList) v).values().toArray());
            case "DOUBLE[]" -> c.createArrayOf("DOUBLE", ((DoubleList) v).values().toArray());
            default -> throw new IllegalStateException("no column binding for " + type);
        };
    }

    /** A list of strings to bind as VARCHAR[]. */
    record StringList(List<String> values) {
    }

    /** A list of numbers to bind as DOUBLE[]. */
    record DoubleList(List<Double> values) {
    }

    static Integer integer(ResultSet r, String col) throws SQLException {
        int v = r.getInt(col);
        return r.wasNull() ? null : v;
    }

    static Double dbl(ResultSet r, String col) throws SQLException {
        double v = r.getDouble(col);
        return r.wasNull() ? null : v;
    }

    static LocalDate date(ResultSet r, String col) throws SQLException {
        return r.getObject(col, LocalDate.class);
    }

    static Instant instant(ResultSet r, String col) throws SQLException {
        LocalDateTime t = r.getObject(col, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    static List<String> strings(ResultSet r, String col) throws SQLException {
        Array a = r.getArray(col);
        if (a == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) a.getArray()) {
            out.add(o == null ? null : o.toString());
        }
        return out;
    }

    static List<Double> doubles(ResultSet r, String col) throws SQLException {
        Array a = r.getArray(col);
        if (a == null) {
            return List.of();
        }
        List<Double> out = new ArrayList<>();
        for (Object o : (Object[]) a.getArray()) {
            out.add(o == null ? null : ((Number) o).doubleValue());
        }
        return out;
    }
}
