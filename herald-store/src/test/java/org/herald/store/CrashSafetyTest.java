package org.herald.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 while storing: a child JVM stores hand-built articles and is killed with destroyForcibly at random
 * points, 20 times, changing the article versions between runs so replacements are killed too. After each
 * kill the store holds whole articles only: no duplicate, no event, claim or quantity without its article,
 * every article with exactly the events of its own version. A final run completes the set.
 */
class CrashSafetyTest {
    private static final int ARTICLES = 400;
    private static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void killedIngestsLeaveWholeArticlesOnly() throws Exception {
        Path db = dir.resolve("crash.duckdb");
        Random random = new Random(20250310);
        int killedMidRun = 0;
        List<Integer> stored = new ArrayList<>();
        for (int round = 0; round < KILLS; round++) {
            Process p = child(db, round % 3);
            awaitOpen(p);
            Thread.sleep(random.nextInt(700));
            if (p.isAlive()) {
                killedMidRun++;
            }
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the child did not die");
            stored.add(check(db));
        }
        assertTrue(killedMidRun >= KILLS / 2, "most kills should land while storing: " + killedMidRun + " of " + KILLS
                + " (articles after each kill: " + stored + ")");

        System.out.println("crash test: killed mid-run " + killedMidRun + " of " + KILLS + "; articles after each kill: " + stored);
        Process last = child(db, 1);
        assertTrue(last.waitFor(120, TimeUnit.SECONDS), "the final run did not finish");
        String out = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, last.exitValue(), out);
        assertTrue(out.contains("done"), out);
        assertEquals(ARTICLES, check(db), "the final run completes the set");
        try (EventStore s = EventStore.open(db)) {
            long expected = 0;
            for (int i = 0; i < ARTICLES; i++) {
                expected += CrashChild.events(i, 1);
            }
            assertEquals(expected, s.counts().get("events"));
            assertEquals(0L, s.countEvents(EventQuery.builder().text("version 0").build()));
        }
    }

    /** With the incidents kept current, a kill leaves them the grouping of exactly the articles stored. */
    @Test
    void killedIngestsLeaveIncidentsMatchingTheArticles() throws Exception {
        Path db = dir.resolve("crash-incidents.duckdb");
        Random random = new Random(20251126);
        int n = 80;
        for (int round = 0; round < 8; round++) {
            Process p = child(db, round % 3, n, "incidents");
            awaitOpen(p);
            Thread.sleep(random.nextInt(1500));
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the child did not die");
            check(db);
            try (EventStore s = EventStore.open(db)) {
                java.util.Set<String> kept = new java.util.TreeSet<>();
                s.incidents(EventQuery.all()).forEach(i -> kept.add(i.incidentId() + new java.util.TreeSet<>(i.events())));
                java.util.Set<String> fresh = new java.util.TreeSet<>();
                new org.herald.store.incidents.IncidentClusterer().cluster(s.codedArticles())
                        .forEach(i -> fresh.add(i.incidentId() + new java.util.TreeSet<>(i.events())));
                assertEquals(fresh, kept, "after kill " + round);
            }
        }
    }

    private Process child(Path db, int version) throws Exception {
        return child(db, version, ARTICLES, "plain");
    }

    private Process child(Path db, int version, int articles, String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), db.toString(), Integer.toString(articles), Integer.toString(version), mode);
        pb.redirectErrorStream(true);
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return pb.start();
    }

    private static void awaitOpen(Process p) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = r.readLine()) != null) {
            if (line.equals("open")) {
                return;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the child ended before opening the store:\n" + seen);
    }

    /** Checks the invariants and returns how many articles are stored. */
    private static int check(Path db) throws Exception {
        EventStore.open(db).close(); // replays the write-ahead log as any next run would
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement st = c.createStatement()) {
            assertEquals(0, one(st, "SELECT count(*) FROM (SELECT doc_id FROM articles GROUP BY doc_id HAVING count(*) > 1)"),
                    "duplicate article");
            assertEquals(0, one(st, "SELECT count(*) FROM (SELECT doc_id, event_id FROM events GROUP BY ALL HAVING count(*) > 1)"),
                    "duplicate event");
            for (String t : List.of("events", "claims", "quantities")) {
                assertEquals(0, one(st, "SELECT count(*) FROM " + t + " x WHERE NOT EXISTS "
                        + "(SELECT 1 FROM articles a WHERE a.doc_id = x.doc_id)"), t + " without its article");
            }
            assertEquals(0, one(st, "SELECT count(*) FROM articles a WHERE a.event_count <> "
                    + "(SELECT count(*) FROM events e WHERE e.doc_id = a.doc_id)"), "an article with part of its events");
            assertEquals(0, one(st, "SELECT count(*) FROM events e JOIN articles a ON a.doc_id = e.doc_id "
                    + "WHERE NOT starts_with(e.event_id, 'v' || regexp_extract(a.text, 'version (\\d+)', 1) || '-')"),
                    "an event of another version than its article's text");
            assertEquals(0, one(st, "SELECT count(*) FROM quantities q WHERE NOT EXISTS (SELECT 1 FROM events e "
                    + "WHERE e.doc_id = q.doc_id AND e.event_id = q.event_id)"), "a quantity without its event");
            try (ResultSet r = st.executeQuery("SELECT doc_id, text, event_count FROM articles")) {
                while (r.next()) {
                    int i = Integer.parseInt(r.getString(1).substring("crash-".length()));
                    int v = Integer.parseInt(r.getString(2).replaceAll("^Article \\d+ version (\\d+)\\..*$", "$1"));
                    assertEquals(CrashChild.events(i, v), r.getInt(3), r.getString(1));
                }
            }
            return (int) one(st, "SELECT count(*) FROM articles");
        }
    }

    private static long one(Statement st, String sql) throws Exception {
        try (ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
