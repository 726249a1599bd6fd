package org.herald.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the filters of an {@link EventQuery} into a WHERE clause of fragments from {@code queries.sql} and the
 * values to bind, so no value is ever part of the SQL text.
 */
final class Filters {
    record Where(String sql, List<Object> params) {
    }

    private Filters() {
    }

    /**
     * The statement {@code name} of {@code sql} with its {@code /*WHERE*}{@code /} marker filled and, when the query
     * has a limit, "LIMIT ?" in place of its {@code /*LIMIT*}{@code /} marker or at its end (its value is the last
     * parameter: the statement must have no parameter after the marker).
     *
     * @param kind the kind of rows, for the error when a filter does not apply ("events", "incidents", ...)
     */
    static Where build(SqlFile sql, String name, String kind, EventQuery q) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        for (Map.Entry<String, Object> f : q.filters().entrySet()) {
            String specific = kind + "." + f.getKey();
            String generic = "filter." + f.getKey();
            String fragment;
            if (sql.has(specific)) {
                fragment = sql.get(specific);
            } else if (!isOwnKind(kind) && sql.has(generic)) {
                fragment = sql.get(generic);
            } else {
                throw new IllegalArgumentException("--" + f.getKey() + " is not a filter of " + kind);
            }
            clauses.add(fragment);
            for (int i = 0; i < fragment.length(); i++) {
                if (fragment.charAt(i) == '?') {
                    params.add(f.getValue());
                }
            }
        }
        String base = sql.get(name);
        if (!base.contains("/*WHERE*/")) {
            throw new IllegalStateException("statement " + name + " has no /*WHERE*/ marker");
        }
        String where = clauses.isEmpty() ? "" : "WHERE " + String.join("\n  AND ", clauses);
        String text = base.replace("/*WHERE*/", where);
        String limit = q.limit() > 0 ? "LIMIT ?" : "";
        text = text.contains("/*LIMIT*/") ? text.replace("/*LIMIT*/", limit) : text + "\n" + limit;
        if (q.limit() > 0) {
            params.add(q.limit());
        }
        return new Where(text, List.copyOf(params));
    }

    /** Kinds whose rows are not events: only their own fragments apply. */
    private static boolean isOwnKind(String kind) {
        return kind.equals("failures") || kind.equals("incidents") || kind.equals("articles");
    }
}
