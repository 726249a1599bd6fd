package org.herald.coding.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herald.model.Actor;
import org.herald.model.Claim;
import org.herald.model.Claimant;
import org.herald.model.Event;
import org.herald.model.Place;
import org.herald.model.Quantity;

/** Writes events as CONTRACT.md output lines, field names and order exactly as the contract gives them. */
public final class EventJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventJson() {
    }

    public static String line(Event e) {
        try {
            return JSON.writeValueAsString(toMap(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write event " + e.eventId(), ex);
        }
    }

    public static Map<String, Object> toMap(Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_id", e.eventId());
        m.put("doc_id", e.docId());
        m.put("sentence", e.sentence());
        m.put("evidence", span(e.evidence().begin(), e.evidence().end(), e.evidence().text()));
        m.put("source_actor", actor(e.sourceActor()));
        m.put("target_actor", actor(e.targetActor()));
        m.put("cameo", e.cameo());
        m.put("root", e.root());
        m.put("quad_class", e.quadClass());
        m.put("goldstein", e.goldstein());
        if (e.plover() == null) {
            m.put("plover", null);
        } else {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("type", e.plover().type());
            p.put("mode", e.plover().mode());
            m.put("plover", p);
        }
        m.put("mode", e.mode().wire());
        m.put("date", e.date());
        m.put("date_precision", e.datePrecision());
        m.put("location", place(e.location()));
        List<Object> qs = new ArrayList<>();
        for (Quantity q : e.quantities()) {
            qs.add(quantity(q));
        }
        m.put("quantities", qs);
        m.put("claim", claim(e.claim()));
        m.put("rule", e.rule());
        m.put("coder", e.coder());
        return m;
    }

    static Map<String, Object> span(int begin, int end, String text) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("begin", begin);
        m.put("end", end);
        m.put("text", text);
        return m;
    }

    static Map<String, Object> actor(Actor a) {
        if (a == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", a.text());
        m.put("name", a.name());
        m.put("country", a.country());
        m.put("org", a.org());
        m.put("sector", a.sector());
        m.put("code", a.code());
        m.put("begin", a.begin());
        m.put("end", a.end());
        return m;
    }

    static Map<String, Object> place(Place p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("country", p.country());
        m.put("lat", p.lat());
        m.put("lon", p.lon());
        m.put("precision", p.precision());
        return m;
    }

    static Map<String, Object> quantity(Quantity q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", q.value());
        m.put("low", q.low());
        m.put("high", q.high());
        m.put("unit", q.unit());
        m.put("approx", q.approx());
        m.put("text", q.text());
        m.put("begin", q.begin());
        m.put("end", q.end());
        return m;
    }

    static Map<String, Object> claim(Claim c) {
        if (c == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        Claimant who = c.claimant();
        if (who == null) {
            m.put("claimant", null);
        } else {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("text", who.text());
            w.put("country", who.country());
            w.put("org", who.org());
            w.put("sector", who.sector());
            m.put("claimant", w);
        }
        m.put("verb", c.verb());
        m.put("stance", c.stance());
        m.put("via", c.via());
        m.put("publisher", c.publisher());
        m.put("upstream", c.upstream());
        return m;
    }
}
