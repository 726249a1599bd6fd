package org.herald.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.herald.model.Actor;
import org.herald.model.Article;
import org.herald.model.Claim;
import org.herald.model.Claimant;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.herald.model.Place;
import org.herald.model.Plover;
import org.herald.model.Quantity;
import org.herald.model.Span;

/** Events to the column values of {@code store.sql} and rows of {@code queries.sql} back to events. */
final class EventRows {
    private EventRows() {
    }

    /** The values of {@code insert-event}, in its column order. */
    static List<Object> eventValues(long seq, Article a, Event e, int ord) {
        Actor s = e.sourceActor();
        Actor t = e.targetActor();
        Place p = e.location();
        LocalDate date = parseDate(e);
        return Arrays.asList(seq, a.id(), e.eventId(), ord, e.sentence(), e.evidence().begin(), e.evidence().end(),
                e.evidence().text(),
                s == null ? null : s.text(), s == null ? null : s.name(), s == null ? null : s.country(),
                s == null ? null : s.org(), s == null ? null : s.sector(), s == null ? null : s.code(),
                s == null ? null : s.begin(), s == null ? null : s.end(),
                t == null ? null : t.text(), t == null ? null : t.name(), t == null ? null : t.country(),
                t == null ? null : t.org(), t == null ? null : t.sector(), t == null ? null : t.code(),
                t == null ? null : t.begin(), t == null ? null : t.end(),
                e.cameo(), e.root(), e.quadClass(), e.goldstein(),
                e.plover() == null ? null : e.plover().type(), e.plover() == null ? null : e.plover().mode(),
                e.mode().wire(), date, e.datePrecision(), date != null ? date : a.date(),
                p == null ? null : p.name(), p == null ? null : p.country(), p == null ? null : p.lat(),
                p == null ? null : p.lon(), p == null ? null : p.precision(), e.rule(), e.coder());
    }

    /** The values of {@code insert-claim}. */
    static List<Object> claimValues(long seq, Article a, Event e) {
        Claim c = e.claim();
        Claimant who = c.claimant();
        return Arrays.asList(seq, claimId(a.id(), e.eventId()), a.id(), e.eventId(),
                who == null ? null : who.text(), who == null ? null : who.country(), who == null ? null : who.org(),
                who == null ? null : who.sector(), c.verb(), c.stance(), new Jdbc.StringList(c.via()), c.publisher(),
                c.upstream());
    }

    /** The values of {@code insert-quantity}. */
    static List<Object> quantityValues(long seq, Article a, Event e, int ord, Quantity q) {
        return Arrays.asList(seq, a.id(), e.eventId(), ord, q.value(), q.low(), q.high(), q.unit(), q.approx(), q.text(),
                q.begin(), q.end());
    }

    /** A claim's id: stable for the article and its event. */
    static String claimId(String docId, String eventId) {
        return sha256(docId + "|" + eventId).substring(0, 20);
    }

    private static LocalDate parseDate(Event e) {
        if (e.date() == null) {
            return null;
        }
        try {
            return LocalDate.parse(e.date());
        } catch (DateTimeParseException x) {
            throw new IllegalArgumentException("event " + e.eventId() + " of " + e.docId()
                    + ": date is not an ISO 8601 date: " + e.date(), x);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** An event from a row of the {@code events} query. */
    static Event event(ResultSet r) throws SQLException {
        List<Quantity> quantities = quantities(r.getString("quantities_json"));
        Claim claim = null;
        if (r.getBoolean("has_claim")) {
            String ct = r.getString("claimant_text");
            String cc = r.getString("claimant_country");
            String co = r.getString("claimant_org");
            String cs = r.getString("claimant_sector");
            Claimant who = ct == null && cc == null && co == null && cs == null ? null : new Claimant(ct, cc, co, cs);
            claim = new Claim(who, r.getString("claim_verb"), r.getString("claim_stance"), Jdbc.strings(r, "claim_via"),
                    r.getString("claim_publisher"), r.getString("claim_upstream"));
        }
        String pt = r.getString("plover_type");
        Plover plover = pt == null ? null : new Plover(pt, r.getString("plover_mode"));
        LocalDate date = Jdbc.date(r, "event_date");
        return new Event(r.getString("event_id"), r.getString("doc_id"), r.getInt("sentence"),
                new Span(r.getInt("evidence_begin"), r.getInt("evidence_end"), r.getString("evidence_text")),
                actor(r, "source_"), actor(r, "target_"), r.getString("cameo"), r.getString("root"), r.getInt("quad_class"),
                r.getDouble("goldstein"), plover, Mode.fromWire(r.getString("mode")),
                date == null ? null : date.toString(), r.getString("date_precision"), place(r), quantities, claim,
                r.getString("rule"), r.getString("coder"));
    }

    private static Actor actor(ResultSet r, String prefix) throws SQLException {
        Integer begin = Jdbc.integer(r, prefix + "begin");
        if (begin == null) {
            return null;
        }
        return new Actor(r.getString(prefix + "text"), r.getString(prefix + "name"), r.getString(prefix + "country"),
                r.getString(prefix + "org"), r.getString(prefix + "sector"), begin, r.getInt(prefix + "end"));
    }

    private static Place place(ResultSet r) throws SQLException {
        String name = r.getString("location_name");
        String country = r.getString("location_country");
        Double lat = Jdbc.dbl(r, "location_lat");
        Double lon = Jdbc.dbl(r, "location_lon");
        String precision = r.getString("location_precision");
        if (name == null && country == null && lat == null && lon == null && precision == null) {
            return null;
        }
        return new Place(name, country, lat, lon, precision);
    }

    /** The quantities of an event, from the JSON list the {@code events} query aggregates. */
    static List<Quantity> quantities(String json) throws SQLException {
        if (json == null) {
            return List.of();
        }
        try {
            List<Quantity> out = new java.util.ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode q : JSON.readTree(json)) {
                out.add(new Quantity(num(q, "value"), num(q, "low"), num(q, "high"), str(q, "unit"),
                        q.path("approx").asBoolean(), str(q, "text"), q.path("q_begin").asInt(), q.path("q_end").asInt()));
            }
            return out;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("bad quantities list from the store: " + json, e);
        }
    }

    private static Double num(com.fasterxml.jackson.databind.JsonNode n, String f) {
        com.fasterxml.jackson.databind.JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asDouble();
    }

    private static String str(com.fasterxml.jackson.databind.JsonNode n, String f) {
        com.fasterxml.jackson.databind.JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
