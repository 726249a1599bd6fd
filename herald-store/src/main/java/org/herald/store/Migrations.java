package org.herald.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versioned schema migrations: the SQL files listed in {@code migrations/index.txt} beside this class, named
 * {@code V<n>__<what>.sql}. On open each migration newer than the store's {@code schema_version} runs once,
 * in its own transaction together with its {@code schema_version} row, so a crash leaves it applied or not.
 * The statements that read and write {@code schema_version} are in {@code store.sql}.
 */
final class Migrations {
    private static final String DIR = "migrations/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    record Migration(int version, String name, String sql) {
    }

    private Migrations() {
    }

    /** The bundled migrations in version order. */
    static List<Migration> bundled() {
        List<Migration> out = new ArrayList<>();
        try (InputStream in = Migrations.class.getResourceAsStream(DIR + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DIR + "index.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Matcher m = NAME.matcher(line);
                if (!m.matches()) {
                    throw new IllegalStateException(DIR + "index.txt: not a migration name V<n>__<what>.sql: " + line);
                }
                int version = Integer.parseInt(m.group(1));
                if (version != out.size() + 1) {
                    throw new IllegalStateException(DIR + "index.txt: expected version " + (out.size() + 1) + ", got " + line);
                }
                try (InputStream s = Migrations.class.getResourceAsStream(DIR + line)) {
                    if (s == null) {
                        throw new IllegalStateException("migration listed but missing: " + DIR + line);
                    }
                    out.add(new Migration(version, line, new String(s.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The highest applied version, 0 for a new database. */
    static int current(Connection c, SqlFile sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql.get("schema-version-table"));
            try (ResultSet r = s.executeQuery(sql.get("schema-version-current"))) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** Applies what is missing and returns the schema version the store is at. */
    static int apply(Connection c, SqlFile sql, List<Migration> migrations, Clock clock, String where) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(true);
        int at = current(c, sql);
        int newest = migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
        if (at > newest) {
            throw new StoreException(where + " has schema version " + at + ", newer than this herald knows (" + newest
                    + "): use a newer herald, or another --db");
        }
        for (Migration m : migrations) {
            if (m.version() <= at) {
                continue;
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String stmt : statements(m.sql())) {
                    s.execute(stmt);
                }
                try (PreparedStatement p = c.prepareStatement(sql.get("schema-version-insert"))) {
                    p.setInt(1, m.version());
                    p.setString(2, m.name());
                    p.setObject(3, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                    p.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw new StoreException(where + ": migration " + m.name() + " failed: " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(true);
            }
            at = m.version();
        }
        c.setAutoCommit(auto);
        return at;
    }

    /** A migration script split into statements: line comments dropped, split at semicolons ending a line. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            String code = (comment >= 0 ? line.substring(0, comment) : line).stripTrailing();
            if (code.isBlank()) {
                continue;
            }
            cur.append(code).append('\n');
            if (code.endsWith(";")) {
                String s = cur.toString().strip();
                out.add(s.substring(0, s.length() - 1));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }
}
