package org.herald.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named SQL statements from a {@code .sql} resource beside a class. Each statement starts with a line
 * {@code -- name: NAME} and runs to the next such line; other lines that are comments are dropped.
 * Immutable and thread-safe.
 */
final class SqlFile {
    private static final String MARK = "-- name:";

    private final String resource;
    private final Map<String, String> statements;

    private SqlFile(String resource, Map<String, String> statements) {
        this.resource = resource;
        this.statements = Map.copyOf(statements);
    }

    static SqlFile load(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + resource + " beside " + owner.getName());
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read SQL resource " + resource, e);
        }
    }

    static SqlFile parse(String resource, String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(MARK)) {
                put(out, resource, name, body);
                name = line.substring(MARK.length()).strip();
                body.setLength(0);
            } else if (name != null && !line.strip().startsWith("--")) {
                body.append(line).append('\n');
            }
        }
        put(out, resource, name, body);
        return new SqlFile(resource, out);
    }

    private static void put(Map<String, String> out, String resource, String name, StringBuilder body) {
        if (name == null) {
            return;
        }
        String sql = body.toString().strip();
        while (sql.endsWith(";")) {
            sql = sql.substring(0, sql.length() - 1).strip();
        }
        if (out.put(name, sql) != null) {
            throw new IllegalStateException(resource + ": statement " + name + " is defined twice");
        }
    }

    /** The statement, or an exception naming the file when there is none of that name. */
    String get(String name) {
        String s = statements.get(name);
        if (s == null) {
            throw new IllegalStateException(resource + " has no statement named " + name);
        }
        return s;
    }

    boolean has(String name) {
        return statements.containsKey(name);
    }
}
