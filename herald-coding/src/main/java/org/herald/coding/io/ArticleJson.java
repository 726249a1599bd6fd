package org.herald.coding.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.herald.coding.Coder;
import org.herald.model.Article;

/** Reads one CONTRACT.md input line into an {@link Article}, or says precisely what is wrong with it. */
public final class ArticleJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleJson() {
    }

    public static Article parse(String line) throws InputError {
        if (line.isBlank()) {
            throw new InputError("empty line");
        }
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage();
            throw new InputError("not valid JSON (" + (why == null ? "parse error" : why.split("\n")[0]) + ")");
        }
        if (n == null || !n.isObject()) {
            throw new InputError("not a JSON object");
        }
        return fromNode(n);
    }

    public static Article fromNode(JsonNode n) throws InputError {
        JsonNode id = n.get("id");
        if (id == null || id.isNull() || !(id.isTextual() || id.isNumber()) || id.asText().isBlank()) {
            throw new InputError("missing required field \"id\"");
        }
        String docId = id.asText();
        JsonNode text = n.get("text");
        if (text == null || text.isNull()) {
            throw new InputError("article " + docId + ": missing required field \"text\"");
        }
        if (!text.isTextual()) {
            throw new InputError("article " + docId + ": \"text\" must be a string");
        }
        String t = text.asText();
        if (t.isBlank()) {
            throw new InputError("article " + docId + ": \"text\" is empty");
        }
        if (t.length() > Coder.MAX_TEXT_CHARS) {
            throw new InputError("article " + docId + ": \"text\" is " + t.length() + " characters, more than the "
                    + Coder.MAX_TEXT_CHARS + " herald codes");
        }
        if (looksBinary(t)) {
            throw new InputError("article " + docId + ": \"text\" is not readable text (control characters)");
        }
        LocalDate date = null;
        JsonNode d = n.get("date");
        if (d != null && !d.isNull()) {
            date = parseDate(d.asText());
            if (date == null) {
                throw new InputError("article " + docId + ": \"date\" is not an ISO 8601 date: " + clip(d.asText()));
            }
        }
        return new Article(docId, t, date, str(n, "source"), str(n, "title"), str(n, "url"),
                n.hasNonNull("language") ? n.get("language").asText() : "en");
    }

    /** An ISO date or date-time ("2024-10-22", "2024-10-22T08:00:00Z"), or null. */
    public static LocalDate parseDate(String s) {
        String v = s.strip();
        try {
            return LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(v).toLocalDate();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Text whose share of control characters (other than line breaks and tabs) is above 1%. */
    static boolean looksBinary(String t) {
        int bad = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == '\uFFFD') {
                bad++;
            }
        }
        return bad > 0 && bad * 100 > t.length();
    }

    private static String str(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
