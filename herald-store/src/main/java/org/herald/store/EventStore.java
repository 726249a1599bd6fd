package org.herald.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.model.Article;
import org.herald.model.Claimant;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Incident;
import org.herald.store.incidents.IncidentIndex;
import org.herald.model.Mode;
import org.herald.model.Span;

/**
 * herald's event store: one DuckDB file holding articles, their coded events (CONTRACT.md), claims,
 * quantities, incidents across articles, and the inputs that failed.
 *
 * <p>Lifecycle: {@link #open} applies the bundled schema migrations, {@link #store} writes one coded article
 * in one transaction (a crash leaves the whole article or none of it), the query methods read, {@link #close}
 * releases the file. DuckDB lets one process at a time open a file for writing.
 *
 * <p>Thread-safety: the methods are synchronized; one store may be shared by threads, which then take turns.
 */
public final class EventStore implements AutoCloseable {
    private static final SqlFile WRITE = SqlFile.load(EventStore.class, "store.sql");
    private static final SqlFile READ = SqlFile.load(EventStore.class, "queries.sql");

    private final Path path;
    private final Connection conn;
    private final Clock clock;
    private final int schemaVersion;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private final Map<String, List<String>> listTypes = new HashMap<>();
    /** Whether storing keeps the incidents current; see {@link #keepIncidentsCurrent()}. */
    private boolean keepIncidents;
    /** The incidents of every stored article, in memory, while {@link #keepIncidents}; null until first needed. */
    private IncidentIndex live;

    private EventStore(Path path, Connection conn, Clock clock, int schemaVersion) {
        this.path = path;
        this.conn = conn;
        this.clock = clock;
        this.schemaVersion = schemaVersion;
    }

    /** Opens (or creates) the store file, creating its folder, and brings its schema up to date. */
    public static EventStore open(Path file) {
        return open(file, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps stored articles and failures. */
    public static EventStore open(Path file, Clock clock) {
        Path abs = file.toAbsolutePath();
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder of the store " + abs + ": " + e.getMessage(), e);
        }
        if (Files.isDirectory(abs)) {
            throw new StoreException("the store " + abs + " is a folder; give a file such as " + abs.resolve("herald.duckdb"));
        }
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:duckdb:" + abs);
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("lock")) {
                throw new StoreException("the store " + abs + " is in use by another process (DuckDB allows one writer): "
                        + firstLine(m), e);
            }
            throw new StoreException("cannot open the store " + abs + ": " + firstLine(m), e);
        }
        try {
            int version = Migrations.apply(c, WRITE, Migrations.bundled(), clock, "the store " + abs);
            return new EventStore(abs, c, clock, version);
        } catch (SQLException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("cannot prepare the store " + abs + ": " + firstLine(e.getMessage()), e);
        }
    }

    public Path path() {
        return path;
    }

    /** The schema version the store is at (the newest bundled migration). */
    public int schemaVersion() {
        return schemaVersion;
    }

    // ---------------------------------------------------------------------------------------------- writing

    /** As {@link #store(CodedArticle, String, String)} with no input to clear failures of. */
    public StoreResult store(CodedArticle coded, String contentHash) {
        return store(coded, contentHash, null);
    }

    /**
     * Stores a coded article and its events, claims and quantities in one transaction. The same content hash
     * for the same article id adds nothing ({@code UNCHANGED}); a different hash replaces the article and all
     * its old events, claims and quantities ({@code REPLACED}).
     *
     * @param contentHash the SHA-256 of the article text (herald-ingest's ContentHash)
     * @param input       the input the article was read from; its earlier failure, if any, is cleared. May be null.
     */
    public synchronized StoreResult store(CodedArticle coded, String contentHash, String input) {
        check(coded, contentHash);
        ensureLive();
        return storing("store article " + coded.article().id(), () -> {
            Staged rows = new Staged(coded.events().size());
            String old = null;
            PreparedStatement h = ps("article-hash");
            Jdbc.bind(conn, h, coded.article().id());
            try (ResultSet r = h.executeQuery()) {
                if (r.next()) {
                    old = r.getString(1);
                }
            }
            StoreResult r = stage(coded, contentHash, old, rows);
            rows.insert();
            if (input != null) {
                update("clear-failure", input);
            }
            if (r.outcome() != StoreResult.Outcome.UNCHANGED) {
                updateIncidents(List.of(coded));
            }
            return r;
        });
    }

    /**
     * Stores many coded articles in one transaction, each as {@link #store(CodedArticle, String)} would (same
     * hash: unchanged; other hash: replaced). For bulk loads: the rows of all articles go in together.
     *
     * @param contentHashes the content hash of each article, in the same order
     */
    public synchronized List<StoreResult> storeAll(List<CodedArticle> coded, List<String> contentHashes) {
        return storeAll(coded, contentHashes, null);
    }

    /**
     * As {@link #storeAll(List, List)}; each article's input (when not null) has its earlier failure cleared.
     *
     * @param inputs the input of each article, in the same order; null for none
     */
    public synchronized List<StoreResult> storeAll(List<CodedArticle> coded, List<String> contentHashes,
                                                   List<String> inputs) {
        if (coded.size() != contentHashes.size() || inputs != null && inputs.size() != coded.size()) {
            throw new IllegalArgumentException(coded.size() + " articles but " + contentHashes.size() + " hashes"
                    + (inputs == null ? "" : " and " + inputs.size() + " inputs"));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < coded.size(); i++) {
            check(coded.get(i), contentHashes.get(i));
            if (!ids.add(coded.get(i).article().id())) {
                throw new IllegalArgumentException("article " + coded.get(i).article().id() + " is in the batch twice");
            }
        }
        ensureLive();
        return storing("store " + coded.size() + " articles", () -> {
            Map<String, String> known = new HashMap<>();
            PreparedStatement h = ps("article-hashes");
            Jdbc.bind(conn, h, new Jdbc.StringList(new ArrayList<>(ids)));
            try (ResultSet r = h.executeQuery()) {
                while (r.next()) {
                    known.put(r.getString(1), r.getString(2));
                }
            }
            Staged rows = new Staged(coded.stream().mapToInt(c -> c.events().size()).sum());
            List<StoreResult> out = new ArrayList<>(coded.size());
            for (int i = 0; i < coded.size(); i++) {
                out.add(stage(coded.get(i), contentHashes.get(i), known.get(coded.get(i).article().id()), rows));
            }
            rows.insert();
            if (inputs != null) {
                for (String input : inputs) {
                    if (input != null) {
                        update("clear-failure", input);
                    }
                }
            }
            List<CodedArticle> changed = new ArrayList<>();
            for (int i = 0; i < coded.size(); i++) {
                if (out.get(i).outcome() != StoreResult.Outcome.UNCHANGED) {
                    changed.add(coded.get(i));
                }
            }
            updateIncidents(changed);
            return out;
        });
    }

    /**
     * From now on, each store also updates the incidents, in the same transaction as the articles: the incidents
     * near the new events are regrouped in memory and only those that changed are rewritten, so the incident
     * tables follow the articles as they arrive and a crash leaves them consistent. The first store after this
     * groups every stored article once (the cost of one {@link #rebuildIncidents()}); later ones cost about the
     * same whatever the store holds. Results are those of a full rebuild, whatever the order of arrival.
     */
    public synchronized void keepIncidentsCurrent() {
        keepIncidents = true;
    }

    /** Whether stores keep the incidents current ({@link #keepIncidentsCurrent()}). */
    public synchronized boolean keepsIncidentsCurrent() {
        return keepIncidents;
    }

    /**
     * A storing transaction. If it fails, the in-memory incidents may hold articles the database rolled back: they
     * are dropped, to be rebuilt from the store when next needed.
     */
    private <T> T storing(String what, Work<T> work) {
        try {
            return transaction(what, work);
        } catch (RuntimeException e) {
            live = null;
            throw e;
        }
    }

    /** Builds the in-memory incidents from the stored articles and stores them, once, before the first update. */
    private void ensureLive() {
        if (!keepIncidents || live != null) {
            return;
        }
        IncidentIndex index = Incidents.newIndex();
        index.addAll(codedArticles());
        replaceIncidents(index.incidents());
        live = index;
    }

    /** Inside a store's transaction: regroups the incidents the changed articles touch and rewrites those. */
    private void updateIncidents(List<CodedArticle> changed) throws SQLException {
        if (live == null || changed.isEmpty()) {
            return;
        }
        IncidentIndex.Update u;
        try {
            u = live.addAll(changed);
        } catch (RuntimeException e) {
            live = null; // rebuilt from the store next time
            throw e;
        }
        List<String> gone = new ArrayList<>(u.removed());
        for (Incident i : u.changed()) {
            gone.add(i.incidentId());
        }
        if (!gone.isEmpty()) {
            for (String del : List.of("delete-incident-contradictions-of", "delete-incident-quantities-of",
                    "delete-incident-articles-of", "delete-incident-events-of", "delete-incidents-of")) {
                PreparedStatement p = ps(del);
                Jdbc.bind(conn, p, new Jdbc.StringList(gone));
                p.executeUpdate();
            }
        }
        insertIncidents(u.changed());
    }

    private static void check(CodedArticle coded, String contentHash) {
        Article a = coded.article();
        if (contentHash == null || contentHash.isBlank()) {
            throw new IllegalArgumentException("article " + a.id() + ": no content hash");
        }
        Set<String> ids = new HashSet<>();
        for (Event e : coded.events()) {
            if (!a.id().equals(e.docId())) {
                throw new IllegalArgumentException("article " + a.id() + " carries event " + e.eventId() + " of "
                        + e.docId());
            }
            if (!ids.add(e.eventId())) {
                throw new IllegalArgumentException("article " + a.id() + " lists event " + e.eventId() + " twice");
            }
        }
    }

    /** Rows waiting to be inserted, table by table, in one statement each; the event numbers they may use. */
    private final class Staged {
        final long[] seqs;
        int used;
        final List<List<Object>> articles = new ArrayList<>();
        final List<List<Object>> events = new ArrayList<>();
        final List<List<Object>> claims = new ArrayList<>();
        final List<List<Object>> quantities = new ArrayList<>();

        /** Room for {@code events} events: their seq numbers, drawn from the store's sequence. */
        Staged(int events) throws SQLException {
            seqs = new long[events];
            if (events > 0) {
                PreparedStatement p = ps("next-seqs");
                Jdbc.bind(conn, p, events);
                int i = 0;
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        seqs[i++] = r.getLong(1);
                    }
                }
            }
        }

        void insert() throws SQLException {
            insertRows("insert-articles", articles);
            insertRows("insert-events", events);
            insertRows("insert-claims", claims);
            insertRows("insert-quantities", quantities);
        }
    }

    /**
     * Compares the stored hash {@code old} (null for a new article); for a changed article deletes its old rows
     * and updates it, for a new one stages its row; stages its events, claims and quantities.
     */
    private StoreResult stage(CodedArticle coded, String hash, String old, Staged rows) throws SQLException {
        Article a = coded.article();
        if (hash.equals(old)) {
            return new StoreResult(StoreResult.Outcome.UNCHANGED, 0);
        }
        Instant now = clock.instant();
        List<Event> events = coded.events();
        if (old != null) {
            for (String del : List.of("delete-quantities", "delete-claims", "delete-events")) {
                update(del, a.id());
            }
            update("update-article", a.source(), a.url(), a.title(), a.date(), a.language(), hash, a.text(),
                    events.size(), now, a.id());
        } else {
            rows.articles.add(java.util.Arrays.asList(a.id(), a.source(), a.url(), a.title(), a.date(), a.language(),
                    hash, a.text(), events.size(), java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC)));
        }
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            long seq = rows.seqs[rows.used++];
            rows.events.add(EventRows.eventValues(seq, a, e, i));
            if (e.claim() != null) {
                rows.claims.add(EventRows.claimValues(seq, a, e));
            }
            for (int j = 0; j < e.quantities().size(); j++) {
                rows.quantities.add(EventRows.quantityValues(seq, a, e, j, e.quantities().get(j)));
            }
        }
        return new StoreResult(old == null ? StoreResult.Outcome.ADDED : StoreResult.Outcome.REPLACED, events.size());
    }

    /** The content hash stored for an article id, if the article is stored. */
    public synchronized Optional<String> contentHash(String docId) {
        return read("read the hash of " + docId, () -> {
            PreparedStatement h = ps("article-hash");
            Jdbc.bind(conn, h, docId);
            try (ResultSet r = h.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
            }
        });
    }

    /** Records that an input could not be read or coded; a later failure of the same input replaces it. */
    public synchronized void recordFailure(String input, String reason) {
        if (input == null || reason == null) {
            throw new IllegalArgumentException("a failure needs its input and its reason");
        }
        transaction("record the failure of " + input, () -> {
            update("upsert-failure", input, reason, clock.instant());
            return null;
        });
    }

    /**
     * Replaces all incidents with these, in one transaction. Incidents are derived from the articles and events:
     * {@link #rebuildIncidents()} computes and stores them.
     */
    public synchronized void replaceIncidents(List<Incident> incidents) {
        transaction("store incidents", () -> {
            for (String del : List.of("delete-incident-contradictions", "delete-incident-quantities",
                    "delete-incident-articles", "delete-incident-events", "delete-incidents")) {
                update(del);
            }
            insertIncidents(incidents);
            return null;
        });
        if (live != null && !incidents.equals(live.incidents())) {
            live = null; // set from outside: the in-memory incidents are rebuilt from the store when next needed
        }
    }

    private void insertIncidents(List<Incident> incidents) throws SQLException {
        {
            List<List<Object>> heads = new ArrayList<>();
            List<List<Object>> evs = new ArrayList<>();
            List<List<Object>> arts = new ArrayList<>();
            List<List<Object>> qs = new ArrayList<>();
            List<List<Object>> cs = new ArrayList<>();
            for (Incident i : incidents) {
                heads.add(java.util.Arrays.asList(i.incidentId(), i.cameo(), i.root(), i.sourceCountry(), i.sourceOrg(),
                        i.targetCountry(), i.targetOrg(), i.firstDate(), i.lastDate(), i.publishers(),
                        i.independentSources()));
                for (int n = 0; n < i.events().size(); n++) {
                    evs.add(List.of(i.incidentId(), n, i.events().get(n)));
                }
                for (int n = 0; n < i.articles().size(); n++) {
                    arts.add(List.of(i.incidentId(), n, i.articles().get(n)));
                }
                for (int n = 0; n < i.quantities().size(); n++) {
                    Incident.IncidentQuantity q = i.quantities().get(n);
                    Claimant c = q.claimant();
                    qs.add(java.util.Arrays.asList(i.incidentId(), n, q.value(), q.unit(), c == null ? null : c.text(),
                            c == null ? null : c.country(), c == null ? null : c.org(), c == null ? null : c.sector(),
                            q.docId(), q.mode() == null ? null : q.mode().wire()));
                }
                for (int n = 0; n < i.contradictions().size(); n++) {
                    Incident.Contradiction x = i.contradictions().get(n);
                    Claimant by = x.by();
                    Span ev = x.evidence();
                    cs.add(java.util.Arrays.asList(i.incidentId(), n, x.kind(), by == null ? null : by.text(),
                            by == null ? null : by.country(), by == null ? null : by.org(),
                            by == null ? null : by.sector(), x.docId(), ev == null ? null : ev.begin(),
                            ev == null ? null : ev.end(), ev == null ? null : ev.text(), new Jdbc.DoubleList(x.values()),
                            x.unit(), new Jdbc.StringList(x.claimants())));
                }
            }
            insertRows("insert-incidents", heads);
            insertRows("insert-incident-events", evs);
            insertRows("insert-incident-articles", arts);
            insertRows("insert-incident-quantities", qs);
            insertRows("insert-incident-contradictions", cs);
        }
    }

    /** Inserts rows with one execution of a column-list statement of {@code store.sql}. */
    private void insertRows(String name, List<List<Object>> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        PreparedStatement p = ps(name);
        Jdbc.bindColumns(conn, p, listTypes.computeIfAbsent(name, n -> Jdbc.listTypes(WRITE.get(n))), rows);
        p.executeUpdate();
    }

    /**
     * Recomputes the incidents from every stored article and its events, and stores them in place of the old
     * ones. Returns how many there are.
     */
    public synchronized int rebuildIncidents() {
        IncidentIndex index = Incidents.newIndex();
        index.addAll(codedArticles());
        List<Incident> incidents = index.incidents();
        replaceIncidents(incidents);
        if (keepIncidents) {
            live = index;
        }
        return incidents.size();
    }

    // ---------------------------------------------------------------------------------------------- reading

    /** Row counts of every table, by table name. */
    public synchronized Map<String, Long> counts() {
        return read("count rows", () -> {
            Map<String, Long> out = new LinkedHashMap<>();
            try (PreparedStatement p = conn.prepareStatement(WRITE.get("counts")); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getLong(2));
                }
            }
            return out;
        });
    }

    /** The events that pass the filters, by day, article and position, with their article's publisher. */
    public synchronized List<StoredEvent> events(EventQuery q) {
        return read("query events", () -> {
            Filters.Where w = q.limit() > 0 && q.limit() <= PAGE ? page(q) : Filters.build(READ, "events", "events", q);
            List<StoredEvent> out = new ArrayList<>();
            if (w == null) {
                return out;
            }
            try (PreparedStatement p = conn.prepareStatement(w.sql())) {
                Jdbc.bind(conn, p, w.params());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new StoredEvent(EventRows.event(r), r.getString("publisher"), r.getString("title"),
                                r.getString("url"), Jdbc.date(r, "published")));
                    }
                }
            }
            return out;
        });
    }

    /** The largest limit read in two steps (see queries.sql, event-keys and events-page). */
    private static final int PAGE = 1000;

    /**
     * A page of events in two steps: the keys of the rows that pass the filters, in order, then those rows whole.
     * Null when no row passes.
     */
    private Filters.Where page(EventQuery q) throws SQLException {
        Filters.Where keys = Filters.build(READ, "event-keys", "events", q);
        List<Object> seqs = new ArrayList<>();
        try (PreparedStatement p = conn.prepareStatement(keys.sql())) {
            Jdbc.bind(conn, p, keys.params());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    seqs.add(r.getLong(1));
                }
            }
        }
        if (seqs.isEmpty()) {
            return null;
        }
        String page = READ.get("events-page");
        String sql = page.replace("/*SEQS*/", String.join(", ", java.util.Collections.nCopies(seqs.size(), "?")));
        int lists = page.split("/\\*SEQS\\*/", -1).length - 1;
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < lists; i++) {
            params.addAll(seqs);
        }
        return new Filters.Where(sql, params);
    }

    /** How many events pass the filters (the limit is ignored). */
    public synchronized long countEvents(EventQuery q) {
        return read("count events", () -> {
            Filters.Where w = Filters.build(READ, "count-events", "events", q.withLimit(0));
            try (PreparedStatement p = conn.prepareStatement(w.sql())) {
                Jdbc.bind(conn, p, w.params());
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    /** Claims on the events that pass the filters ({@code country} also matches the claimant's country). */
    public synchronized List<ClaimRow> claims(EventQuery q) {
        return read("query claims", () -> {
            Filters.Where w = Filters.build(READ, "claims", "claims", q);
            List<ClaimRow> out = new ArrayList<>();
            try (PreparedStatement p = conn.prepareStatement(w.sql())) {
                Jdbc.bind(conn, p, w.params());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        String ct = r.getString("claimant_text");
                        String cc = r.getString("claimant_country");
                        String co = r.getString("claimant_org");
                        String cs = r.getString("claimant_sector");
                        Claimant who = ct == null && cc == null && co == null && cs == null ? null
                                : new Claimant(ct, cc, co, cs);
                        java.time.LocalDate day = Jdbc.date(r, "day");
                        out.add(new ClaimRow(r.getString("claim_id"), r.getString("doc_id"), r.getString("event_id"),
                                who, r.getString("verb"), r.getString("stance"), Jdbc.strings(r, "via"),
                                r.getString("publisher"), r.getString("upstream"),
                                new Span(r.getInt("evidence_begin"), r.getInt("evidence_end"),
                                        r.getString("evidence_text")),
                                r.getString("cameo"), day == null ? null : day.toString()));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The actors of the events that pass the filters, most active first. {@code country}, {@code actor} and
     * {@code sector} select the actors themselves; the other filters select the events.
     */
    public synchronized List<ActorRow> actors(EventQuery q) {
        return read("query actors", () -> {
            Filters.Where w = Filters.build(READ, "actors", "actors", q);
            List<ActorRow> out = new ArrayList<>();
            try (PreparedStatement p = conn.prepareStatement(w.sql())) {
                Jdbc.bind(conn, p, w.params());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new ActorRow(r.getString("code"), r.getString("country"), r.getString("org"),
                                r.getString("sector"), r.getString("name"), r.getLong("events"), r.getLong("as_source"),
                                r.getLong("as_target"), r.getLong("articles"), r.getString("first_day"),
                                r.getString("last_day")));
                    }
                }
            }
            return out;
        });
    }

    /** Inputs that failed, newest first; {@code text}, {@code from}, {@code to} and the limit apply. */
    public synchronized List<FailureRow> failures(EventQuery q) {
        return read("query failures", () -> {
            Filters.Where w = Filters.build(READ, "failures", "failures", q);
            List<FailureRow> out = new ArrayList<>();
            try (PreparedStatement p = conn.prepareStatement(w.sql())) {
                Jdbc.bind(conn, p, w.params());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new FailureRow(r.getString("input"), r.getString("reason"), Jdbc.instant(r, "failed_at")));
                    }
                }
            }
            return out;
        });
    }

    /** Stored articles without their text; {@code publisher}, {@code from}, {@code to}, {@code doc} apply. */
    public synchronized List<ArticleInfo> articles(EventQuery q) {
        return read("query articles", () -> {
            Filters.Where w = Filters.build(READ, "articles", "articles", q);
            List<ArticleInfo> out = new ArrayList<>();
            try (PreparedStatement p = conn.prepareStatement(w.sql())) {
                Jdbc.bind(conn, p, w.params());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new ArticleInfo(r.getString("doc_id"), r.getString("publisher"), r.getString("url"),
                                r.getString("title"), Jdbc.date(r, "published"), r.getString("language"),
                                r.getString("content_hash"), r.getInt("event_count"), Jdbc.instant(r, "stored_at")));
                    }
                }
            }
            return out;
        });
    }

    /** Every stored article with its text and events, in article id order: the input of incident clustering. */
    public synchronized List<CodedArticle> codedArticles() {
        return read("read articles", () -> {
            Map<String, java.util.TreeMap<Integer, Event>> events = new HashMap<>();
            Filters.Where w = Filters.build(READ, "events", "events", EventQuery.all());
            try (PreparedStatement p = conn.prepareStatement(w.sql()); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Event e = EventRows.event(r);
                    events.computeIfAbsent(e.docId(), k -> new java.util.TreeMap<>()).put(r.getInt("ord"), e);
                }
            }
            List<CodedArticle> out = new ArrayList<>();
            try (PreparedStatement p = conn.prepareStatement(READ.get("article-texts")); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    Article a = new Article(r.getString("doc_id"), r.getString("text"), Jdbc.date(r, "published"),
                            r.getString("publisher"), r.getString("title"), r.getString("url"), r.getString("language"));
                    var evs = events.get(a.id());
                    out.add(new CodedArticle(a, evs == null ? List.of() : new ArrayList<>(evs.values())));
                }
            }
            return out;
        });
    }

    /** Incidents that pass the filters, by first date. */
    public synchronized List<Incident> incidents(EventQuery q) {
        return read("query incidents", () -> {
            Filters.Where w = Filters.build(READ, "incidents", "incidents", q);
            Map<String, Object[]> heads = new LinkedHashMap<>();
            try (PreparedStatement p = conn.prepareStatement(w.sql())) {
                Jdbc.bind(conn, p, w.params());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        heads.put(r.getString("incident_id"), new Object[] {r.getString("cameo"), r.getString("root"),
                                r.getString("source_country"), r.getString("source_org"), r.getString("target_country"),
                                r.getString("target_org"), r.getString("first_date"), r.getString("last_date"),
                                r.getInt("publishers"), r.getInt("independent_sources")});
                    }
                }
            }
            if (heads.isEmpty()) {
                return List.<Incident>of();
            }
            Jdbc.StringList ids = new Jdbc.StringList(new ArrayList<>(heads.keySet()));
            Map<String, List<String>> evs = new HashMap<>();
            Map<String, List<String>> arts = new HashMap<>();
            Map<String, List<Incident.IncidentQuantity>> qs = new HashMap<>();
            Map<String, List<Incident.Contradiction>> cs = new HashMap<>();
            each("incident-events", ids, r -> evs.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2)));
            each("incident-articles", ids, r -> arts.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2)));
            each("incident-quantities", ids, r -> {
                String mode = r.getString("mode");
                qs.computeIfAbsent(r.getString("incident_id"), k -> new ArrayList<>()).add(new Incident.IncidentQuantity(
                        r.getDouble("value"), r.getString("unit"), claimant(r, "claimant_"), r.getString("doc_id"),
                        mode == null ? null : Mode.fromWire(mode)));
            });
            each("incident-contradictions", ids, r -> {
                Integer b = Jdbc.integer(r, "evidence_begin");
                Span ev = b == null ? null : new Span(b, r.getInt("evidence_end"), r.getString("evidence_text"));
                cs.computeIfAbsent(r.getString("incident_id"), k -> new ArrayList<>()).add(new Incident.Contradiction(
                        r.getString("kind"), claimant(r, "by_"), r.getString("doc_id"), ev,
                        Jdbc.doubles(r, "quantity_values"), r.getString("unit"), Jdbc.strings(r, "claimants")));
            });
            List<Incident> out = new ArrayList<>();
            heads.forEach((id, h) -> out.add(new Incident(id, (String) h[0], (String) h[1], (String) h[2], (String) h[3],
                    (String) h[4], (String) h[5], (String) h[6], (String) h[7], evs.getOrDefault(id, List.of()),
                    arts.getOrDefault(id, List.of()), (Integer) h[8], (Integer) h[9], qs.getOrDefault(id, List.of()),
                    cs.getOrDefault(id, List.of()))));
            return out;
        });
    }

    private static Claimant claimant(ResultSet r, String prefix) throws SQLException {
        String t = r.getString(prefix + "text");
        String c = r.getString(prefix + "country");
        String o = r.getString(prefix + "org");
        String s = r.getString(prefix + "sector");
        return t == null && c == null && o == null && s == null ? null : new Claimant(t, c, o, s);
    }

    private interface RowReader {
        void row(ResultSet r) throws SQLException;
    }

    private void each(String name, Jdbc.StringList ids, RowReader f) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement(READ.get(name))) {
            Jdbc.bind(conn, p, ids);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    f.row(r);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- exports

    /**
     * Writes the events that pass the filters to a file: GDELT, PLOVER and CSV through herald's writers, Parquet
     * through DuckDB's COPY. The file is written beside its final name and moved there when complete.
     */
    public synchronized ExportResult export(ExportFormat format, Path out, EventQuery q) {
        Path target = out.toAbsolutePath();
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            ExportResult r;
            if (format == ExportFormat.PARQUET) {
                r = read("export Parquet", () -> {
                    Filters.Where w = Filters.build(READ, "export-flat", "events", q);
                    try (PreparedStatement p = conn.prepareStatement(READ.get("export-stage").replace("/*QUERY*/", w.sql()))) {
                        Jdbc.bind(conn, p, w.params());
                        p.execute();
                    }
                    try (PreparedStatement p = conn.prepareStatement(READ.get("export-parquet"))) {
                        Jdbc.bind(conn, p, tmp.toString());
                        p.execute();
                    } finally {
                        try (PreparedStatement p = conn.prepareStatement(READ.get("export-drop"))) {
                            p.execute();
                        }
                    }
                    try (PreparedStatement p = conn.prepareStatement(READ.get("parquet-count"))) {
                        Jdbc.bind(conn, p, tmp.toString());
                        try (ResultSet c = p.executeQuery()) {
                            c.next();
                            return new ExportResult(format, target, c.getLong(1), 0);
                        }
                    }
                });
            } else {
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    r = export(format, os, q);
                }
                r = new ExportResult(format, target, r.rows(), r.skipped());
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return r;
        } catch (IOException e) {
            throw new StoreException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the export itself already succeeded or failed with its own message
            }
        }
    }

    /** Writes the events that pass the filters to a stream in a text format (not Parquet). */
    public synchronized ExportResult export(ExportFormat format, OutputStream out, EventQuery q) {
        if (format == ExportFormat.PARQUET) {
            throw new IllegalArgumentException("Parquet is written to a file: give a path");
        }
        return read("export " + format.name().toLowerCase(java.util.Locale.ROOT), () -> {
            Filters.Where w = Filters.build(READ, "export-flat", "events", q);
            FlatWriter writer = switch (format) {
                case GDELT -> new GdeltWriter(out);
                case PLOVER -> new PloverWriter(out);
                case CSV -> new CsvWriter(out);
                case PARQUET -> throw new IllegalStateException();
            };
            try (PreparedStatement p = conn.prepareStatement(w.sql())) {
                Jdbc.bind(conn, p, w.params());
                try (ResultSet r = p.executeQuery()) {
                    writer.start(r.getMetaData());
                    while (r.next()) {
                        writer.row(r);
                    }
                }
                writer.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new ExportResult(format, null, writer.written(), writer.skipped());
        });
    }

    // ---------------------------------------------------------------------------------------------- plumbing

    @Override
    public synchronized void close() {
        try {
            for (PreparedStatement p : prepared.values()) {
                p.close();
            }
            prepared.clear();
            conn.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store " + path + ": " + firstLine(e.getMessage()), e);
        }
    }

    private PreparedStatement ps(String name) throws SQLException {
        PreparedStatement p = prepared.get(name);
        if (p == null) {
            p = conn.prepareStatement(WRITE.get(name));
            prepared.put(name, p);
        }
        return p;
    }

    private void update(String name, Object... values) throws SQLException {
        PreparedStatement p = ps(name);
        Jdbc.bind(conn, p, values);
        p.executeUpdate();
    }

    interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T transaction(String what, Work<T> work) {
        try {
            conn.setAutoCommit(false);
            try {
                T t = work.run();
                conn.commit();
                return t;
            } catch (SQLException | RuntimeException e) {
                try {
                    conn.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            } finally {
                conn.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + path + ": " + firstLine(e.getMessage()), e);
        }
    }

    private <T> T read(String what, Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + path + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
