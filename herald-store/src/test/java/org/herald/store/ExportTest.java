package org.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.herald.model.CodedArticle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four export formats over a small hand-built store. */
class ExportTest {
    @TempDir
    static Path dir;
    static EventStore store;

    @BeforeAll
    static void fill() {
        store = EventStore.open(dir.resolve("x.duckdb"));
        for (CodedArticle a : List.of(
                Fixtures.story("ex-01", "Meridian Wire", LocalDate.of(2025, 3, 10), ""),
                Fixtures.story("ex-02", "Harbor\tLedger", LocalDate.of(2025, 3, 10), "Tabs\tand \"quotes\", commas."),
                Fixtures.story("ex-03", "Northgate Post", LocalDate.of(2025, 4, 2), "Later."))) {
            store.store(a, Fixtures.hash(a.article().text() + a.article().id()));
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void gdeltRowsHave61TabSeparatedColumnsInGdeltOrder() throws Exception {
        Path out = dir.resolve("out/events.gdelt.tsv");
        ExportResult r = store.export(ExportFormat.GDELT, out, EventQuery.all());
        assertEquals(9, r.rows());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(9, lines.size(), "no header, one line per event");
        for (String line : lines) {
            assertEquals(61, line.split("\t", -1).length, line);
        }
        assertEquals(61, GdeltWriter.COLUMNS.size());
        assertEquals("GLOBALEVENTID", GdeltWriter.COLUMNS.get(0));
        assertEquals("EventCode", GdeltWriter.COLUMNS.get(26));
        assertEquals("ActionGeo_Lat", GdeltWriter.COLUMNS.get(56));
        assertEquals("SOURCEURL", GdeltWriter.COLUMNS.get(60));
        String[] accuse = lines.stream().map(l -> l.split("\t", -1)).filter(f -> f[26].equals("112")).findFirst()
                .orElseThrow();
        assertTrue(accuse[0].matches("\\d+"), "GLOBALEVENTID is a number");
        assertEquals("20250307", accuse[1]);
        assertEquals("202503", accuse[2]);
        assertEquals("2025", accuse[3]);
        assertEquals("POLSPY", accuse[5]);
        assertEquals("FOREIGN INTELLIGENCE AGENCY", accuse[6]);
        assertEquals("POL", accuse[7]);
        assertEquals("SPY", accuse[12]);
        assertEquals("BLR", accuse[15]);
        assertEquals("1", accuse[25], "first sentence: root event");
        assertEquals("112", accuse[27]);
        assertEquals("11", accuse[28]);
        assertEquals("3", accuse[29]);
        assertEquals("-2.0", accuse[30]);
        assertEquals("4", accuse[51], "city");
        assertEquals("Warsaw", accuse[52]);
        assertEquals("52.2300", accuse[56]);
        assertTrue(accuse[60].startsWith("https://example.org/ex-"));
        assertFalse(Files.exists(dir.resolve("out/events.gdelt.tsv.part")));
    }

    @Test
    void parquetReadsBackWithTheSameRowCount() throws Exception {
        Path out = dir.resolve("events.parquet");
        ExportResult r = store.export(ExportFormat.PARQUET, out, EventQuery.all());
        assertEquals(9, r.rows());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement p = c.prepareStatement(
                     "SELECT count(*), count(DISTINCT doc_id || event_id), min(cameo) FROM read_parquet(?)")) {
            p.setString(1, out.toString());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                assertEquals(store.countEvents(EventQuery.all()), rs.getLong(1));
                assertEquals(9, rs.getLong(2));
                assertEquals("010", rs.getString(3));
            }
        }
        ExportResult few = store.export(ExportFormat.PARQUET, dir.resolve("rus.parquet"),
                EventQuery.builder().country("RUS").build());
        assertEquals(3, few.rows());
    }

    @Test
    void csvHasAHeaderAndQuotesWhatNeedsIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExportResult r = store.export(ExportFormat.CSV, bytes, EventQuery.builder().doc("ex-02").build());
        assertEquals(3, r.rows());
        List<List<String>> rows = parseCsv(bytes.toString(StandardCharsets.UTF_8));
        assertEquals(4, rows.size());
        List<String> header = rows.get(0);
        assertEquals("doc_id", header.get(0));
        int evidence = header.indexOf("evidence_text");
        int publisher = header.indexOf("publisher");
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(header.size(), row.size());
            assertTrue(row.get(evidence).endsWith("Tabs\tand \"quotes\", commas."), row.get(evidence));
            assertEquals("Harbor\tLedger", row.get(publisher));
        }
        Path file = dir.resolve("all.csv");
        assertEquals(9, store.export(ExportFormat.CSV, file, EventQuery.all()).rows());
        assertEquals(10, parseCsv(Files.readString(file)).size());
    }

    @Test
    void ploverRecordsSkipCodesWithoutAPloverType() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ExportResult r = store.export(ExportFormat.PLOVER, bytes, EventQuery.all());
        assertEquals(6, r.rows());
        assertEquals(3, r.skipped(), "the three CAMEO 010 statements");
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> recs = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            recs.add(json.readTree(line));
        }
        JsonNode accuse = recs.stream().filter(n -> n.get("cameo").asText().equals("112")).findFirst().orElseThrow();
        assertEquals("ACCUSE", accuse.get("event_type").asText());
        assertEquals("disapprove", accuse.get("mode").asText());
        assertEquals("POL", accuse.get("actor_country").asText());
        assertEquals("SPY", accuse.get("actor_role").asText());
        assertEquals("BLR", accuse.get("recipient_country").asText());
        assertEquals("2025-03-07", accuse.get("date").asText());
        assertEquals("Warsaw", accuse.get("location").get("name").asText());
    }

    @Test
    void parquetNeedsAFile() {
        assertThrows(IllegalArgumentException.class,
                () -> store.export(ExportFormat.PARQUET, new ByteArrayOutputStream(), EventQuery.all()));
        assertEquals(ExportFormat.GDELT, ExportFormat.parse(" GDELT "));
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("xml"));
    }

    /** A small RFC 4180 reader: quoted cells may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r') {
                continue;
            } else if (ch == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        return rows;
    }
}
