package org.herald.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herald.coding.io.EventJson;
import org.herald.model.Claimant;
import org.herald.model.Incident;
import org.herald.model.Span;
import org.herald.store.ActorRow;
import org.herald.store.ClaimRow;
import org.herald.store.FailureRow;
import org.herald.store.StoredEvent;

/** Store rows as JSON lines with the CONTRACT.md record names (events, claims, incidents) and plain names otherwise. */
final class RecordJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordJson() {
    }

    static String line(Map<String, Object> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON line", e);
        }
    }

    /** The CONTRACT.md event record, plus the article's publisher. */
    static Map<String, Object> event(StoredEvent e) {
        Map<String, Object> m = EventJson.toMap(e.event());
        m.put("publisher", e.publisher());
        return m;
    }

    /** CONTRACT.md "Claims". */
    static Map<String, Object> claim(ClaimRow c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("claim_id", c.claimId());
        m.put("doc_id", c.docId());
        m.put("event_id", c.eventId());
        m.put("claimant", claimant(c.claimant(), true));
        m.put("verb", c.verb());
        m.put("stance", c.stance());
        m.put("via", c.via());
        m.put("publisher", c.publisher());
        m.put("upstream", c.upstream());
        m.put("evidence", span(c.evidence()));
        return m;
    }

    /** CONTRACT.md "Incidents". */
    static Map<String, Object> incident(Incident i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("incident_id", i.incidentId());
        m.put("cameo", i.cameo());
        m.put("root", i.root());
        m.put("source", party(i.sourceCountry(), i.sourceOrg()));
        m.put("target", party(i.targetCountry(), i.targetOrg()));
        m.put("first_date", i.firstDate());
        m.put("last_date", i.lastDate());
        m.put("events", i.events());
        m.put("articles", i.articles());
        m.put("publishers", i.publishers());
        m.put("independent_sources", i.independentSources());
        List<Object> qs = new ArrayList<>();
        for (Incident.IncidentQuantity q : i.quantities()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("value", number(q.value()));
            x.put("unit", q.unit());
            x.put("claimant", claimant(q.claimant(), false));
            x.put("doc_id", q.docId());
            x.put("mode", q.mode() == null ? null : q.mode().wire());
            qs.add(x);
        }
        m.put("quantities", qs);
        List<Object> cs = new ArrayList<>();
        for (Incident.Contradiction c : i.contradictions()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", c.kind());
            if ("quantity".equals(c.kind())) {
                x.put("values", c.values().stream().map(RecordJson::number).toList());
                x.put("unit", c.unit());
                x.put("claimants", c.claimants());
            } else {
                x.put("by", claimant(c.by(), false));
                x.put("doc_id", c.docId());
                x.put("evidence", span(c.evidence()));
            }
            cs.add(x);
        }
        m.put("contradictions", cs);
        return m;
    }

    static Map<String, Object> actor(ActorRow a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", a.code());
        m.put("country", a.country());
        m.put("org", a.org());
        m.put("sector", a.sector());
        m.put("name", a.name());
        m.put("events", a.events());
        m.put("as_source", a.asSource());
        m.put("as_target", a.asTarget());
        m.put("articles", a.articles());
        m.put("first_day", a.firstDay());
        m.put("last_day", a.lastDay());
        return m;
    }

    static Map<String, Object> failure(FailureRow f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", f.input());
        m.put("reason", f.reason());
        m.put("at", f.at() == null ? null : f.at().toString());
        return m;
    }

    private static Map<String, Object> party(String country, String org) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("country", country);
        m.put("org", org);
        return m;
    }

    private static Map<String, Object> claimant(Claimant c, boolean withText) {
        if (c == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (withText) {
            m.put("text", c.text());
        }
        m.put("country", c.country());
        m.put("org", c.org());
        m.put("sector", c.sector());
        return m;
    }

    private static Map<String, Object> span(Span s) {
        if (s == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("begin", s.begin());
        m.put("end", s.end());
        m.put("text", s.text());
        return m;
    }

    /** 1500.0 as 1500, 2.5 as 2.5. */
    static Object number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Object) (long) v : (Object) v;
    }
}
