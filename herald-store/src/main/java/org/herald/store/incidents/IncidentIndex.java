package org.herald.store.incidents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Incident;
import org.herald.model.Mode;

/**
 * The incidents of a growing set of articles, kept up to date as articles arrive, change or go. Made by
 * {@link IncidentClusterer#newIndex()}; the rules are described there.
 *
 * <p>Every method is {@code synchronized}: one index may be shared between threads, and calls run one at a time.
 *
 * <p>Incremental and batch results are identical: whatever order articles are added in, one by one or all at
 * once, {@link #incidents()} ends up the same, and the {@link Update}s returned along the way, applied in order to
 * a copy (upsert {@code changed}, delete {@code removed}), end up equal to {@link #incidents()} as well. An update
 * touches only the incidents near the new events: adding the day's news costs about the same however much is
 * already held.
 */
public final class IncidentIndex {

    /** How an event belongs to an incident. */
    public enum Role {
        /** It reports the happening (asserted or claimed). */
        OCCURRENCE,
        /** It announces the happening as planned or intended. */
        PLANNED,
        /** It denies the happening: listed under the incident's contradictions. */
        DENIAL,
        /**
         * The speech act that reports the happening ("the NIS accused North Korea of sending troops" for the
         * claimed troop transfer): same article, its speaker is the claim's claimant. It is an incident of its own
         * (an accusation) and listed here too; it is not in {@link Incident#events()}.
         */
        SPEECH_ACT
    }

    /** One event of an incident. Event ids repeat across word-for-word copies, so the doc id is part of the key. */
    public record Member(String docId, String eventId, Role role) {
    }

    /**
     * What an {@link #add}, {@link #addAll} or {@link #remove} changed: incidents that are new or different
     * (store them, replacing any with the same id) and ids of incidents that no longer exist (delete them). Both
     * are sorted.
     */
    public record Update(List<Incident> changed, List<String> removed) {
        public Update {
            changed = List.copyOf(changed);
            removed = List.copyOf(removed);
        }

        public boolean isEmpty() {
            return changed.isEmpty() && removed.isEmpty();
        }
    }

    private static final Comparator<Incident> INCIDENT_ORDER = Comparator
            .comparing(Incident::firstDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Incident::incidentId);

    private final int window;
    private final IncidentBuilder builder;
    private final List<EventNode> nodes = new ArrayList<>();
    private final List<ArticleEntry> entries = new ArrayList<>();
    private final Map<String, ArticleEntry> byDoc = new HashMap<>();
    private final NearDuplicates duplicates;
    /** Core events under their source key and their target key. */
    private final Map<String, TimeIndex> byActor = new HashMap<>();
    /** Denial acts under their denier's key. */
    private final Map<String, TimeIndex> denialsByActor = new HashMap<>();
    /** Seed id -> the core events of its incident, in canonical order. */
    private final Map<Integer, TreeSet<EventNode>> placed = new HashMap<>();
    /** Denial act -> the core event it is attached to (its incident is the denied one). */
    private final Map<Integer, Integer> denialTarget = new HashMap<>();
    private final Map<Integer, Set<Integer>> denialsOf = new HashMap<>();

    private final Map<String, Incident> incidents = new HashMap<>();
    private final Map<String, List<Member>> members = new HashMap<>();

    private final PriorityQueue<EventNode> queue = new PriorityQueue<>(EventNode.ORDER);
    private final Set<Integer> queued = new HashSet<>();
    private final Set<Integer> dirtySeeds = new HashSet<>();
    private final Set<Integer> pendingDenials = new HashSet<>();

    IncidentIndex(IncidentClusterer.Options options) {
        this.window = options.windowDays();
        this.duplicates = new NearDuplicates(options.duplicateThreshold());
        this.builder = new IncidentBuilder(options, duplicates::family);
    }

    /**
     * Adds an article and its events. An article whose id is already here replaces the old one (unless it is
     * identical, when nothing happens).
     */
    public synchronized Update add(CodedArticle article) {
        ingest(Objects.requireNonNull(article, "article"));
        return flush();
    }

    /** Adds many articles at once (a rebuild from stored articles); the same as adding them one by one. */
    public synchronized Update addAll(Collection<CodedArticle> articles) {
        for (CodedArticle a : articles) {
            ingest(Objects.requireNonNull(a, "article"));
        }
        return flush();
    }

    /** Removes an article and its events; nothing happens if it is not here. */
    public synchronized Update remove(String docId) {
        ArticleEntry e = byDoc.get(docId);
        if (e != null) {
            drop(e);
        }
        return flush();
    }

    /** Every incident, by first date, then id. */
    public synchronized List<Incident> incidents() {
        return incidents.values().stream().sorted(INCIDENT_ORDER).toList();
    }

    public synchronized Optional<Incident> incident(String incidentId) {
        return Optional.ofNullable(incidents.get(incidentId));
    }

    /** The events of an incident with their roles, speech acts last; empty for an unknown id. */
    public synchronized List<Member> members(String incidentId) {
        return members.getOrDefault(incidentId, List.of());
    }

    /** The incident an event belongs to (as occurrence, plan or denial), if any. */
    public synchronized Optional<String> incidentOf(String docId, String eventId) {
        ArticleEntry e = byDoc.get(docId);
        if (e == null) {
            return Optional.empty();
        }
        for (EventNode n : e.nodes) {
            if (n.event.eventId().equals(eventId)) {
                EventNode placedAs = n;
                if (n.kind == EventNode.Kind.DENIAL_ACT) {
                    Integer t = denialTarget.get(n.id);
                    placedAs = t == null ? null : nodes.get(t);
                }
                if (placedAs == null || placedAs.seed < 0) {
                    return Optional.empty();
                }
                String id = IncidentBuilder.id(nodes.get(placedAs.seed));
                return incidents.containsKey(id) ? Optional.of(id) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The origin of an article's text: the earliest-dated article (ties by id) of its family of word-for-word and
     * near-verbatim copies; the article itself when it has none. Empty for an unknown id.
     */
    public synchronized Optional<String> originOf(String docId) {
        ArticleEntry e = byDoc.get(docId);
        if (e == null) {
            return Optional.empty();
        }
        return duplicates.members(e.id).stream().map(entries::get)
                .min(Comparator.comparing((ArticleEntry a) -> a.date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(a -> a.docId))
                .map(a -> a.docId);
    }

    /** How many articles are held. */
    public synchronized int articleCount() {
        return byDoc.size();
    }

    // ------------------------------------------------------------------------------------------------ ingest

    private void ingest(CodedArticle coded) {
        String docId = coded.article().id();
        ArticleEntry old = byDoc.get(docId);
        if (old != null) {
            if (old.fingerprint.equals(ArticleEntry.fingerprint(coded))) {
                return;
            }
            drop(old);
        }
        ArticleEntry entry = new ArticleEntry(entries.size(), coded);
        entries.add(entry);
        byDoc.put(docId, entry);
        Set<String> ids = new HashSet<>();
        for (Event ev : coded.events()) {
            if (!ids.add(ev.eventId())) {
                continue; // the same event twice in one article
            }
            EventNode n = new EventNode(nodes.size(), ev, entry, coded.article().text());
            nodes.add(n);
            entry.nodes.add(n);
        }
        for (int a : duplicates.add(entry.id, entry.signature)) {
            if (a != entry.id) {
                markArticle(entries.get(a));
            }
        }
        for (EventNode n : entry.nodes) {
            if (n.core()) {
                index(byActor, n.sourceKey, n);
                if (n.targetKey != null && !n.targetKey.equals(n.sourceKey)) {
                    index(byActor, n.targetKey, n);
                }
                push(n);
                reviewDenialsNear(n);
            } else if (n.kind == EventNode.Kind.DENIAL_ACT) {
                index(denialsByActor, n.denierKey, n);
                pendingDenials.add(n.id);
            }
        }
    }

    /** Takes an article out: its events leave their incidents, and whatever depended on them is placed again. */
    private void drop(ArticleEntry entry) {
        byDoc.remove(entry.docId);
        for (EventNode n : entry.nodes) {
            n.live = false;
        }
        for (EventNode n : entry.nodes) {
            if (n.kind == EventNode.Kind.DENIAL_ACT) {
                unindex(denialsByActor, n.denierKey, n);
                pendingDenials.remove(n.id);
                Integer t = denialTarget.remove(n.id);
                if (t != null) {
                    denialsOf.get(t).remove(n.id);
                    dirtySeeds.add(nodes.get(t).seed);
                }
            }
        }
        for (EventNode n : entry.nodes) {
            if (!n.core()) {
                continue;
            }
            unindex(byActor, n.sourceKey, n);
            if (n.targetKey != null && !n.targetKey.equals(n.sourceKey)) {
                unindex(byActor, n.targetKey, n);
            }
            reviewDenialsNear(n);
            Set<Integer> orphans = denialsOf.remove(n.id);
            if (orphans != null) {
                for (int d : orphans) {
                    denialTarget.remove(d);
                    pendingDenials.add(d);
                }
            }
            leave(n);
            for (EventNode m : neighbours(n, true)) {
                push(m);
            }
        }
        for (int a : duplicates.remove(entry.id)) {
            markArticle(entries.get(a));
        }
    }

    private void markArticle(ArticleEntry a) {
        for (EventNode n : a.nodes) {
            if (n.core() && n.seed >= 0) {
                dirtySeeds.add(n.seed);
            }
        }
    }

    private static void index(Map<String, TimeIndex> map, String key, EventNode n) {
        map.computeIfAbsent(key, k -> new TimeIndex()).add(n.id, n.when);
    }

    private static void unindex(Map<String, TimeIndex> map, String key, EventNode n) {
        TimeIndex t = map.get(key);
        if (t != null) {
            t.remove(n.id, n.when);
            if (t.isEmpty()) {
                map.remove(key);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- placing

    private void push(EventNode n) {
        if (n.live && queued.add(n.id)) {
            queue.add(n);
        }
    }

    /**
     * The live core events linked to n ({@link Links}) that come after it (or before it) in canonical order.
     */
    private List<EventNode> neighbours(EventNode n, boolean later) {
        List<Integer> near = new ArrayList<>();
        for (String k : n.targetKey == null ? List.of(n.sourceKey) : List.of(n.sourceKey, n.targetKey)) {
            TimeIndex t = byActor.get(k);
            if (t != null) {
                t.near(n.when, window, near);
            }
        }
        for (EventNode m : n.article.nodes) {
            if (m.core() && Links.sameAct(n, m)) {
                near.add(m.id);
            }
        }
        Map<Integer, EventNode> out = new LinkedHashMap<>();
        for (int c : near) {
            EventNode m = nodes.get(c);
            if (m == n || !m.live || !m.core() || out.containsKey(c)) {
                continue;
            }
            int order = EventNode.ORDER.compare(m, n);
            if ((later ? order > 0 : order < 0) && Links.linked(n, m, window)) {
                out.put(c, m);
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * The seed of the incident an event joins. Events are placed in canonical order (date, event id, doc id), each
     * looking only at the events before it: it joins the incident holding most of the earlier events it is linked
     * to, among incidents whose seed (first event) is within the window of it; ties go to the earlier seed. With
     * none, it seeds an incident of its own. So an incident spans one window at most, and a report does not bridge
     * two incidents that already exist.
     */
    private int decide(EventNode g) {
        Map<Integer, Integer> votes = new TreeMap<>();
        for (EventNode n : neighbours(g, false)) {
            int s = n.seed;
            if (s >= 0 && nodes.get(s).live && nodes.get(s).when.compatible(g.when, window)) {
                votes.merge(s, 1, Integer::sum);
            }
        }
        int best = g.id;
        int most = 0;
        for (Map.Entry<Integer, Integer> v : votes.entrySet()) {
            int cmp = Integer.compare(v.getValue(), most);
            if (cmp > 0 || cmp == 0 && EventNode.ORDER.compare(nodes.get(v.getKey()), nodes.get(best)) < 0) {
                best = v.getKey();
                most = v.getValue();
            }
        }
        return best;
    }

    /** Places g again; whatever may depend on its place is queued. */
    private void place(EventNode g) {
        int now = decide(g);
        if (now == g.seed) {
            return;
        }
        leave(g);
        g.seed = now;
        placed.computeIfAbsent(now, k -> new TreeSet<>(EventNode.ORDER)).add(g);
        dirtySeeds.add(now);
        for (EventNode m : neighbours(g, true)) {
            push(m);
        }
    }

    /** Takes g out of its incident; if it was the seed, the rest of the incident is placed again. */
    private void leave(EventNode g) {
        int was = g.seed;
        if (was < 0) {
            return;
        }
        dirtySeeds.add(was);
        TreeSet<EventNode> group = placed.get(was);
        group.remove(g);
        if (was == g.id) {
            for (EventNode m : group) {
                push(m);
            }
        }
        if (group.isEmpty()) {
            placed.remove(was);
        }
        g.seed = -1;
    }

    // ------------------------------------------------------------------------------------------------- flush

    private Update flush() {
        while (!queue.isEmpty()) {
            EventNode g = queue.poll();
            queued.remove(g.id);
            if (g.live && g.core()) {
                place(g);
            }
        }
        List<Integer> review = new ArrayList<>(pendingDenials);
        java.util.Collections.sort(review);
        for (int d : review) {
            EventNode dn = nodes.get(d);
            if (!dn.live) {
                continue;
            }
            int best = bestTarget(dn);
            Integer old = denialTarget.get(d);
            if (old == null ? best < 0 : old == best) {
                continue;
            }
            if (old != null) {
                denialsOf.get(old).remove(d);
                dirtySeeds.add(nodes.get(old).seed);
            }
            if (best >= 0) {
                denialTarget.put(d, best);
                denialsOf.computeIfAbsent(best, k -> new TreeSet<>()).add(d);
                dirtySeeds.add(nodes.get(best).seed);
            } else {
                denialTarget.remove(d);
            }
        }

        TreeMap<String, Incident> changed = new TreeMap<>();
        Set<String> removed = new TreeSet<>();
        for (int s : new TreeSet<>(dirtySeeds)) {
            if (s < 0) {
                continue;
            }
            String id = IncidentBuilder.id(nodes.get(s));
            TreeSet<EventNode> group = placed.get(s);
            IncidentBuilder.Built b = null;
            if (group != null && !group.isEmpty()) {
                List<EventNode> core = new ArrayList<>(group);
                List<EventNode> denials = new ArrayList<>();
                for (EventNode m : core) {
                    for (int d : denialsOf.getOrDefault(m.id, Set.of())) {
                        denials.add(nodes.get(d));
                    }
                }
                denials.sort(EventNode.ORDER);
                b = builder.build(core, denials);
            }
            if (b == null) {
                if (incidents.remove(id) != null) {
                    removed.add(id);
                }
                members.remove(id);
                continue;
            }
            if (!b.incident().incidentId().equals(id)) {
                throw new IllegalStateException("incident seed is not its earliest event: " + id);
            }
            Incident before = incidents.put(id, b.incident());
            members.put(id, b.members());
            if (!b.incident().equals(before)) {
                changed.put(id, b.incident());
            }
        }
        dirtySeeds.clear();
        pendingDenials.clear();
        return new Update(changed.values().stream().sorted(INCIDENT_ORDER).toList(), List.copyOf(removed));
    }

    // ------------------------------------------------------------------------------------------------- denials

    /** A denial's best target depends only on the live events near it: one coming or going asks for a review. */
    private void reviewDenialsNear(EventNode n) {
        if (n.kind != EventNode.Kind.OCCURRENCE) {
            return;
        }
        List<Integer> near = new ArrayList<>();
        for (String k : n.targetKey == null ? List.of(n.sourceKey) : List.of(n.sourceKey, n.targetKey)) {
            TimeIndex t = denialsByActor.get(k);
            if (t != null) {
                t.near(n.when, window, near);
            }
        }
        pendingDenials.addAll(near);
    }

    /**
     * The core event a denial act is attached to, or -1. Candidates are occurrences within the window, in three
     * tiers: (1) the denier's own deeds as others claim them ("dismissed reports that Belarusian soldiers had been
     * sent"), (2) accusations (root 11) by others against the denier, (3) conflictual deeds (quad class 3 or 4) the
     * denier is said, in other articles, to have done. A denial whose sentence dismisses "accusations" or
     * "allegations" puts tier 2 first. Among candidates of the best tier: for tier 3 the most violent deed first
     * (quad class 4 before 3); then the candidate whose kind (family, source, target) most articles near the
     * denial report; then the highest quad class, the nearest date, the earliest event. The choice depends only on
     * the live events near the denial, so it is reviewed exactly when one of them comes or goes.
     */
    private int bestTarget(EventNode d) {
        TimeIndex t = byActor.get(d.denierKey);
        if (t == null) {
            return -1;
        }
        List<Integer> near = new ArrayList<>();
        t.near(d.when, window, near);
        List<EventNode> candidates = new ArrayList<>();
        List<Integer> tiers = new ArrayList<>();
        List<Map<String, Set<ArticleEntry>>> support = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        for (int c : near) {
            EventNode n = nodes.get(c);
            if (!n.live || n.kind != EventNode.Kind.OCCURRENCE || !n.when.compatible(d.when, window)) {
                continue;
            }
            int tier = tier(d, n);
            if (tier >= 0) {
                candidates.add(n);
                tiers.add(tier);
                support.get(tier).computeIfAbsent(n.kindKey, k -> new HashSet<>()).add(n.article);
            }
        }
        EventNode best = null;
        long[] bestScore = null;
        for (int i = 0; i < candidates.size(); i++) {
            EventNode n = candidates.get(i);
            int tier = tiers.get(i);
            long quad = n.event.quadClass();
            long gap = n.when.kind() == When.Kind.FINE ? n.when.gap(d.when) : 0;
            long[] score = {tier, tier == 2 ? -quad : 0, -support.get(tier).get(n.kindKey).size(), -quad, gap};
            int cmp = best == null ? -1 : java.util.Arrays.compare(score, bestScore);
            if (cmp < 0 || cmp == 0 && EventNode.ORDER.compare(n, best) < 0) {
                best = n;
                bestScore = score;
            }
        }
        return best == null ? -1 : best.id;
    }

    private static int tier(EventNode d, EventNode c) {
        String k = d.denierKey;
        boolean claimed = k.equals(c.sourceKey) && c.mode() == Mode.CLAIMED && !k.equals(c.claimantKey);
        boolean accusation = k.equals(c.targetKey) && !k.equals(c.sourceKey) && c.family.equals("11");
        boolean deed = k.equals(c.sourceKey) && c.article != d.article && c.mode() == Mode.ASSERTED
                && c.event.quadClass() >= 3;
        if (d.deniesAccusation) {
            return accusation ? 0 : claimed ? 1 : deed ? 2 : -1;
        }
        return claimed ? 0 : accusation ? 1 : deed ? 2 : -1;
    }
}
