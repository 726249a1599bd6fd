package org.herald.store;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The GDELT 2.0 event table: one event a line, 61 tab-separated columns in the order of the GDELT 2.0 event
 * codebook, no header (as GDELT's own export files). herald fills what it knows and leaves the rest blank:
 *
 * <ul>
 *   <li>GLOBALEVENTID: a stable positive number from the article id and the event id (herald's ids are text);</li>
 *   <li>SQLDATE, MonthYear, Year, FractionDate: the event's day (its own date, else the publication date);</li>
 *   <li>Actor1/Actor2: Code, Name (upper case), CountryCode (ISO alpha-3, as CAMEO), KnownGroupCode (herald's
 *       org code: UN, NATO, EU, ...), Type1Code (the sector); ethnic, religion, Type2/3 blank;</li>
 *   <li>IsRootEvent 1 for an event in the article's first sentence; NumMentions, NumSources, NumArticles 1
 *       (one row per event per article); AvgTone blank;</li>
 *   <li>Actor1Geo/Actor2Geo blank (herald does not place actors); ActionGeo from the event's location: Type 1
 *       country, 4 city, 5 region; FullName, Lat, Long. GDELT's geo country codes are FIPS 10-4, which herald does
 *       not carry, so ActionGeo_CountryCode stays blank, as do ADM1, ADM2 and FeatureID;</li>
 *   <li>DATEADDED: when the article was stored (UTC); SOURCEURL: the article URL, else its id.</li>
 * </ul>
 */
final class GdeltWriter extends FlatWriter {
    /** The GDELT 2.0 event table columns, in order. */
    static final List<String> COLUMNS = List.of(
            "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
            "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
            "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
            "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    private static final DateTimeFormatter SQLDATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    static {
        if (COLUMNS.size() != 61) {
            throw new IllegalStateException("GDELT 2.0 has 61 event columns, not " + COLUMNS.size());
        }
    }

    GdeltWriter(OutputStream os) {
        super(os);
    }

    @Override
    boolean write(ResultSet r) throws SQLException, IOException {
        out.write(String.join("\t", cells(r)));
        out.write('\n');
        return true;
    }

    static List<String> cells(ResultSet r) throws SQLException {
        List<String> c = new ArrayList<>(61);
        LocalDateTime stored = r.getObject("stored_at", LocalDateTime.class);
        LocalDate day = r.getObject("day", LocalDate.class);
        if (day == null) {
            day = stored == null ? null : stored.toLocalDate();
        }
        c.add(Long.toString(globalId(r.getString("doc_id"), r.getString("event_id"))));
        c.add(day == null ? "" : day.format(SQLDATE));
        c.add(day == null ? "" : String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
        c.add(day == null ? "" : Integer.toString(day.getYear()));
        c.add(day == null ? "" : String.format(Locale.ROOT, "%.4f",
                day.getYear() + (day.getMonthValue() * 30 + day.getDayOfMonth()) / 365.0));
        actor(c, r, "source_");
        actor(c, r, "target_");
        c.add(r.getInt("sentence") == 0 ? "1" : "0");
        String cameo = r.getString("cameo");
        c.add(cameo);
        c.add(cameo.length() > 3 ? cameo.substring(0, 3) : cameo);
        c.add(r.getString("root"));
        c.add(Integer.toString(r.getInt("quad_class")));
        c.add(String.format(Locale.ROOT, "%.1f", r.getDouble("goldstein")));
        c.add("1");
        c.add("1");
        c.add("1");
        c.add("");
        for (int geo = 0; geo < 2; geo++) {
            for (int i = 0; i < 8; i++) {
                c.add("");
            }
        }
        String place = r.getString("location_name");
        String precision = r.getString("location_precision");
        double lat = r.getDouble("location_lat");
        boolean hasLat = !r.wasNull();
        double lon = r.getDouble("location_lon");
        boolean hasLon = !r.wasNull();
        boolean hasPlace = place != null || hasLat;
        c.add(hasPlace ? geoType(precision) : "");
        c.add(place == null ? "" : place);
        c.add("");
        c.add("");
        c.add("");
        c.add(hasLat ? String.format(Locale.ROOT, "%.4f", lat) : "");
        c.add(hasLon ? String.format(Locale.ROOT, "%.4f", lon) : "");
        c.add("");
        c.add(stored == null ? "" : stored.format(ADDED));
        String url = r.getString("url");
        c.add(url != null && !url.isBlank() ? url : r.getString("doc_id"));
        for (int i = 0; i < c.size(); i++) {
            String v = c.get(i);
            c.set(i, v == null ? "" : v.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        return c;
    }

    private static void actor(List<String> c, ResultSet r, String prefix) throws SQLException {
        String name = r.getString(prefix + "name");
        if (name == null) {
            name = r.getString(prefix + "text");
        }
        c.add(r.getString(prefix + "code"));
        c.add(name == null ? null : name.toUpperCase(Locale.ROOT));
        c.add(r.getString(prefix + "country"));
        c.add(r.getString(prefix + "org"));
        c.add(null);
        c.add(null);
        c.add(null);
        c.add(r.getString(prefix + "sector"));
        c.add(null);
        c.add(null);
    }

    /** GDELT's geographic resolution: 1 country, 4 world city, 5 world state (region). */
    private static String geoType(String precision) {
        if (precision == null) {
            return "4";
        }
        return switch (precision) {
            case "country" -> "1";
            case "region" -> "5";
            default -> "4";
        };
    }

    /** A stable positive 60-bit number for the article and event. */
    static long globalId(String docId, String eventId) {
        return Long.parseLong(EventRows.sha256(docId + "|" + eventId).substring(0, 15), 16);
    }
}
