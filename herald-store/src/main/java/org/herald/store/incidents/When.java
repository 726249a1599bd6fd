package org.herald.store.incidents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;

/**
 * When an event happened, as a range of days. An event's own date is used, falling back to its article's
 * publication date. {@code day} and {@code publication} precision give one day, {@code week} the seven days from
 * the date; these are {@link Kind#FINE} and are compared by the gap between the ranges. {@code month} and
 * {@code year} precision are {@link Kind#COARSE}: "in 2024" cannot tell two happenings apart, so a coarse date
 * matches only the same period. An event with no date at all ({@link Kind#NONE}) matches only other undated events.
 *
 * @param start first day (epoch day), or 0 for NONE
 * @param end   last day (epoch day), inclusive
 */
record When(Kind kind, long start, long end) {

    enum Kind { NONE, FINE, COARSE }

    static final When UNKNOWN = new When(Kind.NONE, 0, 0);

    /** The widest FINE range, in days minus one (a week). */
    static final int MAX_FINE_SPAN = 6;

    static When of(String date, String precision, LocalDate published) {
        LocalDate d = null;
        String p = precision == null ? "day" : precision;
        if (date != null && !date.isBlank()) {
            String s = date.strip();
            try {
                if (s.length() == 4) {
                    d = LocalDate.of(Integer.parseInt(s), 1, 1);
                    p = "year";
                } else if (s.length() == 7) {
                    d = LocalDate.parse(s + "-01");
                    if (!p.equals("year")) {
                        p = "month";
                    }
                } else {
                    d = LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
                }
            } catch (DateTimeParseException | NumberFormatException e) {
                d = null;
            }
        }
        if (d == null) {
            if (published == null) {
                return UNKNOWN;
            }
            return new When(Kind.FINE, published.toEpochDay(), published.toEpochDay());
        }
        return switch (p) {
            case "week" -> new When(Kind.FINE, d.toEpochDay(), d.toEpochDay() + MAX_FINE_SPAN);
            case "month" -> new When(Kind.COARSE, d.withDayOfMonth(1).toEpochDay(),
                    d.with(TemporalAdjusters.lastDayOfMonth()).toEpochDay());
            case "year" -> new When(Kind.COARSE, d.withDayOfYear(1).toEpochDay(),
                    d.with(TemporalAdjusters.lastDayOfYear()).toEpochDay());
            default -> new When(Kind.FINE, d.toEpochDay(), d.toEpochDay());
        };
    }

    /** Days between the two ranges (0 when they overlap); only meaningful for two FINE dates. */
    long gap(When o) {
        return Math.max(0, Math.max(o.start - end, start - o.end));
    }

    /** Whether the two dates can belong to one happening, {@code window} days apart at most. */
    boolean compatible(When o, int window) {
        if (kind != o.kind) {
            return false;
        }
        return switch (kind) {
            case NONE -> true;
            case COARSE -> start == o.start && end == o.end;
            case FINE -> gap(o) <= window;
        };
    }

    /** A sort key: dated events first, by first day. */
    long sortKey() {
        return kind == Kind.NONE ? Long.MAX_VALUE : start;
    }

    /** The first day as ISO text, or null when unknown. */
    String startIso() {
        return kind == Kind.NONE ? null : LocalDate.ofEpochDay(start).toString();
    }
}
