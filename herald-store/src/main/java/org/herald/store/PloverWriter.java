package org.herald.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PLOVER-style event records, one JSON object a line: the PLOVER event type and mode, the actor and the
 * recipient with their country and sector (PLOVER's "role"), the date, the location and the text, plus herald's
 * CAMEO code and mode. Events whose CAMEO code has no PLOVER type (CAMEO 01 statements) are skipped and counted.
 */
final class PloverWriter extends FlatWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    PloverWriter(OutputStream os) {
        super(os);
    }

    @Override
    boolean write(ResultSet r) throws SQLException, IOException {
        String type = r.getString("plover_type");
        if (type == null) {
            return false;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.getString("doc_id") + ":" + r.getString("event_id"));
        LocalDate day = r.getObject("day", LocalDate.class);
        m.put("date", day == null ? null : day.toString());
        m.put("date_precision", r.getString("date_precision"));
        m.put("event_type", type);
        m.put("mode", r.getString("plover_mode"));
        m.put("context", List.of());
        party(m, r, "actor", "source_");
        party(m, r, "recipient", "target_");
        String place = r.getString("location_name");
        if (place == null && r.getString("location_country") == null) {
            m.put("location", null);
        } else {
            Map<String, Object> loc = new LinkedHashMap<>();
            loc.put("name", place);
            loc.put("country", r.getString("location_country"));
            loc.put("lat", r.getObject("location_lat"));
            loc.put("lon", r.getObject("location_lon"));
            loc.put("precision", r.getString("location_precision"));
            m.put("location", loc);
        }
        m.put("event_text", r.getString("evidence_text"));
        m.put("claimant", r.getString("claimant_text"));
        m.put("source", r.getString("publisher"));
        m.put("url", r.getString("url"));
        m.put("doc_id", r.getString("doc_id"));
        LocalDate published = r.getObject("published", LocalDate.class);
        m.put("story_date", published == null ? null : published.toString());
        m.put("cameo", r.getString("cameo"));
        m.put("herald_mode", r.getString("mode"));
        m.put("coder", r.getString("coder"));
        out.write(JSON.writeValueAsString(m));
        out.write('\n');
        return true;
    }

    private static void party(Map<String, Object> m, ResultSet r, String role, String prefix) throws SQLException {
        String name = r.getString(prefix + "name");
        m.put(role, name != null ? name : r.getString(prefix + "text"));
        m.put(role + "_country", r.getString(prefix + "country"));
        m.put(role + "_org", r.getString(prefix + "org"));
        m.put(role + "_role", r.getString(prefix + "sector"));
        m.put(role + "_code", r.getString(prefix + "code"));
    }
}
