package org.herald.store;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.herald.model.Mode;

/**
 * Filters over the store, all optional and combined with AND. Text filters match case-insensitively as
 * substrings; codes match exactly ({@code country}, {@code sector}, {@code root}, {@code quadClass}, {@code mode})
 * or as a prefix ({@code cameo} "11" matches 110-1125; {@code actor} "POLGOV" matches the code POLGOV...).
 * Dates filter the event's day: its own date, else its article's publication date.
 *
 * @param country   ISO 3166-1 alpha-3 of the source or the target
 * @param actor     an actor code prefix ("KORSPY", "NATO") or words of its mention or name ("intelligence")
 * @param sector    CAMEO agent code of the source or the target (GOV, MIL, ...)
 * @param cameo     CAMEO code prefix
 * @param root      CAMEO root, two digits
 * @param quadClass 1-4
 * @param mode      asserted | claimed | planned | hypothetical | negated
 * @param place     words of the place name, or its ISO alpha-3 country
 * @param publisher words of the publisher
 * @param text      words of the evidence
 * @param doc       one article id
 * @param limit     at most this many rows; 0 for all
 */
public record EventQuery(String country, String actor, String sector, String cameo, String root, Integer quadClass,
                         String mode, LocalDate from, LocalDate to, String place, String publisher, String text,
                         String doc, int limit) {
    public EventQuery {
        country = upper(country);
        sector = upper(sector);
        actor = blankToNull(actor);
        cameo = blankToNull(cameo);
        if (cameo != null && !cameo.matches("\\d{1,4}")) {
            throw new IllegalArgumentException("--cameo must be 1 to 4 digits, got " + cameo);
        }
        root = blankToNull(root);
        if (root != null) {
            if (!root.matches("\\d{1,2}")) {
                throw new IllegalArgumentException("--root must be a CAMEO root such as 04 or 19, got " + root);
            }
            root = root.length() == 1 ? "0" + root : root;
        }
        if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
            throw new IllegalArgumentException("--quad must be 1 to 4, got " + quadClass);
        }
        mode = blankToNull(mode);
        if (mode != null) {
            try {
                mode = Mode.fromWire(mode).wire();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--mode must be asserted, claimed, planned, hypothetical or negated, got "
                        + mode, e);
            }
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        place = blankToNull(place);
        publisher = blankToNull(publisher);
        text = blankToNull(text);
        doc = blankToNull(doc);
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must not be negative, got " + limit);
        }
    }

    /** No filter, no limit. */
    public static EventQuery all() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public EventQuery withLimit(int n) {
        return new EventQuery(country, actor, sector, cameo, root, quadClass, mode, from, to, place, publisher, text, doc, n);
    }

    /** The filters that are set, by option name ("country", "root", ...), in a stable order. */
    public Map<String, Object> filters() {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "country", country);
        put(m, "actor", actor);
        put(m, "sector", sector);
        put(m, "cameo", cameo);
        put(m, "root", root);
        put(m, "quad", quadClass);
        put(m, "mode", mode);
        put(m, "from", from);
        put(m, "to", to);
        put(m, "place", place);
        put(m, "publisher", publisher);
        put(m, "text", text);
        put(m, "doc", doc);
        return m;
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String upper(String s) {
        String v = blankToNull(s);
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }

    /** Builds an {@link EventQuery}; unset filters stay open. */
    public static final class Builder {
        private String country;
        private String actor;
        private String sector;
        private String cameo;
        private String root;
        private Integer quadClass;
        private String mode;
        private LocalDate from;
        private LocalDate to;
        private String place;
        private String publisher;
        private String text;
        private String doc;
        private int limit;

        private Builder() {
        }

        public Builder country(String v) {
            country = v;
            return this;
        }

        public Builder actor(String v) {
            actor = v;
            return this;
        }

        public Builder sector(String v) {
            sector = v;
            return this;
        }

        public Builder cameo(String v) {
            cameo = v;
            return this;
        }

        public Builder root(String v) {
            root = v;
            return this;
        }

        public Builder quadClass(Integer v) {
            quadClass = v;
            return this;
        }

        public Builder mode(String v) {
            mode = v;
            return this;
        }

        public Builder from(LocalDate v) {
            from = v;
            return this;
        }

        public Builder to(LocalDate v) {
            to = v;
            return this;
        }

        public Builder place(String v) {
            place = v;
            return this;
        }

        public Builder publisher(String v) {
            publisher = v;
            return this;
        }

        public Builder text(String v) {
            text = v;
            return this;
        }

        public Builder doc(String v) {
            doc = v;
            return this;
        }

        public Builder limit(int v) {
            limit = v;
            return this;
        }

        public EventQuery build() {
            return new EventQuery(country, actor, sector, cameo, root, quadClass, mode, from, to, place, publisher, text,
                    doc, limit);
        }
    }
}
