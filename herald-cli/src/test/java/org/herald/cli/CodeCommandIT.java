package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code herald code} end to end with the real pipeline: good lines coded, each bad line named, none lost. */
@Tag("corenlp")
class CodeCommandIT {
    private record Run(int status, List<String> out, List<String> err) {
    }

    private static Run run(byte[] stdin, String... args) {
        InputStream in0 = System.in;
        PrintStream out0 = System.out;
        PrintStream err0 = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8).lines().toList(),
                    err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("herald")).toList());
        } finally {
            System.setIn(in0);
            System.setOut(out0);
            System.setErr(err0);
        }
    }

    @Test
    void badLinesAreNamedAndTheOthersStillCoded() throws Exception {
        String good1 = "{\"id\":\"a1\",\"date\":\"2024-10-22\",\"source\":\"Wire\",\"text\":\"France and Germany condemned Iran on Tuesday.\"}";
        String broken = "{\"id\":\"a2\",\"text\":";
        String noText = "{\"id\":\"a3\",\"title\":\"no text\"}";
        String huge = "{\"id\":\"a4\",\"text\":\"" + "word ".repeat(1_000_000) + "\"}";
        String junk = new String(new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 3, 4}, StandardCharsets.ISO_8859_1);
        String empty = "{\"id\":\"a6\",\"text\":\"\"}";
        String good2 = "{\"id\":\"a7\",\"text\":\"Russian police arrested dozens of protesters in Moscow.\"}";
        String input = String.join("\n", good1, broken, noText, huge, junk, empty, good2) + "\n";
        Run r = run(input.getBytes(StandardCharsets.UTF_8), "code");
        assertEquals(1, r.status(), "exit status when a line failed");
        assertEquals(5, r.err().size(), r.err().toString());
        assertTrue(r.err().get(0).startsWith("herald code: line 2: not valid JSON"), r.err().get(0));
        assertTrue(r.err().get(1).startsWith("herald code: line 3: article a3: missing required field \"text\""));
        assertTrue(r.err().get(2).startsWith("herald code: line 4: article a4: \"text\" is 5000000 characters"));
        assertTrue(r.err().get(3).startsWith("herald code: line 5: "), r.err().get(3));
        assertTrue(r.err().get(4).startsWith("herald code: line 6: article a6: \"text\" is empty"));
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> events = r.out().stream().map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertTrue(events.stream().anyMatch(e -> e.get("doc_id").asText().equals("a1")
                && e.get("source_actor").get("country").asText().equals("FRA") && e.get("root").asText().equals("11")), r.out().toString());
        assertTrue(events.stream().anyMatch(e -> e.get("doc_id").asText().equals("a7")), r.out().toString());
        JsonNode e = events.get(0);
        for (String f : List.of("event_id", "doc_id", "sentence", "evidence", "source_actor", "target_actor", "cameo", "root",
                "quad_class", "goldstein", "plover", "mode", "date", "date_precision", "location", "quantities", "claim", "rule", "coder")) {
            assertTrue(e.has(f), "field " + f);
        }
    }
}
