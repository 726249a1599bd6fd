package org.herald.store.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herald.model.Actor;
import org.herald.model.Article;
import org.herald.model.Claim;
import org.herald.model.Claimant;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.herald.model.Place;
import org.herald.model.Plover;
import org.herald.model.Quantity;
import org.herald.model.Span;

/** Reads CONTRACT.md articles and events (JSON lines) from test resources. */
final class ContractJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractJson() {
    }

    /** The articles of {@code articles} with their events from {@code events}, in article order. */
    static List<CodedArticle> coded(String articles, String events) {
        Map<String, Article> as = new LinkedHashMap<>();
        for (JsonNode j : lines(articles)) {
            as.put(j.get("id").asText(), new Article(j.get("id").asText(), j.get("text").asText(),
                    j.hasNonNull("date") ? LocalDate.parse(j.get("date").asText()) : null, text(j, "source"),
                    text(j, "title"), text(j, "url"), "en"));
        }
        Map<String, List<Event>> es = new LinkedHashMap<>();
        for (JsonNode j : lines(events)) {
            Event e = event(j);
            es.computeIfAbsent(e.docId(), k -> new ArrayList<>()).add(e);
        }
        List<CodedArticle> out = new ArrayList<>();
        as.forEach((id, a) -> out.add(new CodedArticle(a, es.getOrDefault(id, List.of()))));
        return out;
    }

    static List<JsonNode> lines(String resource) {
        try (InputStream in = ContractJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<JsonNode> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(JSON.readTree(line));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Event event(JsonNode j) {
        List<Quantity> qs = new ArrayList<>();
        for (JsonNode q : j.path("quantities")) {
            qs.add(new Quantity(dbl(q, "value"), dbl(q, "low"), dbl(q, "high"), text(q, "unit"),
                    q.path("approx").asBoolean(false), text(q, "text"), q.path("begin").asInt(0),
                    q.path("end").asInt(0)));
        }
        JsonNode ev = j.get("evidence");
        JsonNode pl = j.get("plover");
        JsonNode loc = j.get("location");
        JsonNode c = j.get("claim");
        Claim claim = null;
        if (c != null && !c.isNull()) {
            JsonNode who = c.get("claimant");
            List<String> via = new ArrayList<>();
            c.path("via").forEach(v -> via.add(v.asText()));
            claim = new Claim(who == null || who.isNull() ? null : new Claimant(text(who, "text"),
                    text(who, "country"), text(who, "org"), text(who, "sector")), text(c, "verb"), text(c, "stance"),
                    via, text(c, "publisher"), text(c, "upstream"));
        }
        return new Event(text(j, "event_id"), text(j, "doc_id"), j.path("sentence").asInt(),
                new Span(ev.get("begin").asInt(), ev.get("end").asInt(), ev.get("text").asText()),
                actor(j.get("source_actor")), actor(j.get("target_actor")), text(j, "cameo"), text(j, "root"),
                j.path("quad_class").asInt(), j.path("goldstein").asDouble(),
                pl == null || pl.isNull() ? null : new Plover(text(pl, "type"), text(pl, "mode")),
                Mode.fromWire(j.get("mode").asText()), text(j, "date"), text(j, "date_precision"),
                loc == null || loc.isNull() ? null : new Place(text(loc, "name"), text(loc, "country"),
                        dbl(loc, "lat"), dbl(loc, "lon"), text(loc, "precision")),
                qs, claim, text(j, "rule"), text(j, "coder"));
    }

    private static Actor actor(JsonNode a) {
        if (a == null || a.isNull()) {
            return null;
        }
        return new Actor(text(a, "text"), text(a, "name"), text(a, "country"), text(a, "org"), text(a, "sector"),
                a.path("begin").asInt(0), a.path("end").asInt(0));
    }

    private static String text(JsonNode j, String f) {
        JsonNode v = j.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Double dbl(JsonNode j, String f) {
        JsonNode v = j.get(f);
        return v == null || v.isNull() ? null : v.asDouble();
    }
}
