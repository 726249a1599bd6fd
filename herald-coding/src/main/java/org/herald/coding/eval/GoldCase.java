package org.herald.coding.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.herald.coding.io.ArticleJson;
import org.herald.coding.io.InputError;
import org.herald.model.Article;

/** One gold line (CONTRACT.md "Scoring rules"): an input article, its required and optional events. */
public record GoldCase(Article article, List<GoldEvent> events, List<GoldEvent> optional, String tests) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static GoldCase parse(String line) throws InputError {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (Exception e) {
            throw new InputError("not valid JSON");
        }
        if (n == null || !n.isObject()) {
            throw new InputError("not a JSON object");
        }
        Article a = ArticleJson.fromNode(n);
        return new GoldCase(a, events(n.get("events")), events(n.get("optional")),
                n.hasNonNull("tests") ? n.get("tests").asText() : null);
    }

    private static List<GoldEvent> events(JsonNode arr) {
        List<GoldEvent> out = new ArrayList<>();
        if (arr == null || !arr.isArray()) {
            return out;
        }
        for (JsonNode e : arr) {
            List<String> roots = new ArrayList<>();
            for (JsonNode r : e.path("roots")) {
                roots.add(r.asText());
            }
            java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
            for (String f : GoldEvent.FIELDS) {
                if (e.has(f)) {
                    JsonNode v = e.get(f);
                    fields.put(f, v.isNull() ? null : v.isNumber() ? Double.toString(v.asDouble()) : v.asText());
                }
            }
            out.add(new GoldEvent(keys(e.get("source")), keys(e.get("target")), roots, fields));
        }
        return out;
    }

    private static Set<String> keys(JsonNode arr) {
        Set<String> out = new LinkedHashSet<>();
        if (arr != null) {
            for (JsonNode k : arr) {
                out.add(k.asText());
            }
        }
        return out;
    }
}
