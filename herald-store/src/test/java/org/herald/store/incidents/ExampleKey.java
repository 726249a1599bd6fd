package org.herald.store.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herald.model.CodedArticle;
import org.herald.model.Mode;

/**
 * The bundled example corpus (48 articles, resource {@code example-articles.jsonl}, the texts of
 * herald-cli's {@code examples/}) with the events of its answer key ({@code example-events-key.tsv}).
 */
final class ExampleKey {
    private ExampleKey() {
    }

    static List<CodedArticle> articles() {
        Map<String, Coded.ArticleBuilder> builders = new LinkedHashMap<>();
        for (JsonNode j : ContractJson.lines("example-articles.jsonl")) {
            String id = j.get("id").asText();
            builders.put(id, Coded.article(id, j.get("date").asText(), j.get("source").asText())
                    .text(j.get("text").asText()));
        }
        for (String[] f : rows()) {
            Coded.ArticleBuilder a = builders.get(f[0]);
            if (a == null) {
                throw new IllegalStateException("no article " + f[0]);
            }
            Coded.EventBuilder e = a.event(f[2], f[3], f[4].equals("-") ? null : f[4]).sentence(Integer.parseInt(f[1]))
                    .date(f[6]);
            Mode mode = Mode.fromWire(f[5]);
            String claimant = f[7];
            String stance = f[8];
            if (stance.equals("denies") && mode == Mode.NEGATED) {
                e.deniedBy(claimant);
            } else if (stance.equals("denies")) {
                e.denialAct();
            } else if (mode == Mode.CLAIMED) {
                e.claimedBy(claimant);
            } else if (!claimant.equals("-")) {
                e.speech();
            }
            if (mode != Mode.CLAIMED && mode != Mode.NEGATED) {
                e.mode(mode);
            }
            if (!f[9].equals("-")) {
                for (String q : f[9].split(";")) {
                    String[] p = q.split("\\|");
                    boolean low = p[0].startsWith(">");
                    double v = Double.parseDouble(low ? p[0].substring(1) : p[0]);
                    e.quantity(v, low ? v : null, null, p[1], p[2]);
                }
            }
            if (!f[10].equals("-")) {
                e.evidence(f[10]);
            }
        }
        List<CodedArticle> out = new ArrayList<>();
        builders.values().forEach(b -> out.add(b.build()));
        return out;
    }

    private static List<String[]> rows() {
        try (InputStream in = ExampleKey.class.getResourceAsStream("example-events-key.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    if (f.length != 11) {
                        throw new IllegalStateException("bad key line: " + line);
                    }
                    out.add(f);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The story (A to G) of an example article, or "-" for the three non-political ones. */
    static String story(String docId) {
        int n = Integer.parseInt(docId.substring(3));
        if (n <= 7) {
            return "A";
        } else if (n <= 14) {
            return "B";
        } else if (n <= 20) {
            return "C";
        } else if (n <= 26) {
            return "D";
        } else if (n <= 33) {
            return "E";
        } else if (n <= 39) {
            return "F";
        } else if (n <= 45) {
            return "G";
        }
        return "-";
    }
}
