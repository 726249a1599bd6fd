package org.herald.store.incidents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import org.herald.model.Actor;
import org.herald.model.Claimant;
import org.herald.model.Incident;
import org.herald.model.Incident.Contradiction;
import org.herald.model.Incident.IncidentQuantity;
import org.herald.model.Quantity;
import org.herald.model.Span;
import org.herald.store.incidents.IncidentIndex.Member;
import org.herald.store.incidents.IncidentIndex.Role;

/**
 * Turns one group of linked events, with the denials attached to it, into an {@link Incident}. A pure function of
 * its inputs. See {@link IncidentClusterer} for what each field means.
 */
final class IncidentBuilder {

    record Built(Incident incident, List<EventNode> nodes, List<Member> members) {
    }

    private static final Comparator<ArticleEntry> BY_DATE = Comparator
            .comparing((ArticleEntry a) -> a.date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> a.docId);

    private final IncidentClusterer.Options options;
    private final IntUnaryOperator family;

    IncidentBuilder(IncidentClusterer.Options options, IntUnaryOperator family) {
        this.options = options;
        this.family = family;
    }

    /** The incident of these core events and attached denials, or null when it is not one (only plans). */
    Built build(List<EventNode> core, List<EventNode> denials) {
        List<EventNode> occurrences = core.stream().filter(n -> n.kind == EventNode.Kind.OCCURRENCE).toList();
        List<EventNode> denied = core.stream().filter(n -> n.kind == EventNode.Kind.DENIED).toList();
        List<EventNode> planned = core.stream().filter(n -> n.kind == EventNode.Kind.PLANNED).toList();
        List<EventNode> basis = !occurrences.isEmpty() ? occurrences : !denied.isEmpty() ? denied : planned;
        if (occurrences.isEmpty() && denied.isEmpty() && !options.plannedOnlyIncidents()) {
            return null;
        }
        basis = basis.stream().sorted(EventNode.ORDER).toList();
        EventNode anchor = core.stream().min(EventNode.ORDER).orElseThrow();

        String root = mostFrequent(basis, n -> n.event.root());
        List<EventNode> inRoot = basis.stream().filter(n -> n.event.root().equals(root)).toList();
        String cameo = mostFrequent(inRoot, n -> n.event.cameo());
        EventNode dyad = dyad(inRoot);
        Actor src = dyad.event.sourceActor();
        Actor tgt = dyad.targetKey == null ? null : dyad.event.targetActor();

        String first = null;
        String last = null;
        for (EventNode n : basis) {
            String d = n.when.startIso();
            if (d != null) {
                first = first == null || d.compareTo(first) < 0 ? d : first;
                last = last == null || d.compareTo(last) > 0 ? d : last;
            }
        }

        List<EventNode> all = new ArrayList<>(core);
        all.addAll(denials);
        all.sort(Comparator.comparingLong((EventNode n) -> n.when.sortKey()).thenComparing(EventNode::docId)
                .thenComparingInt(n -> n.event.sentence()).thenComparing(n -> n.event.eventId()));
        List<String> events = new ArrayList<>(new LinkedHashSet<>(all.stream().map(n -> n.event.eventId()).toList()));
        List<ArticleEntry> articles = all.stream().map(n -> n.article).distinct().sorted(BY_DATE).toList();

        Incident incident = new Incident(id(anchor), cameo, root, src.country(), src.country() == null ? src.org() : null,
                tgt == null ? null : tgt.country(), tgt == null || tgt.country() != null ? null : tgt.org(), first, last,
                events, articles.stream().map(a -> a.docId).toList(), publishers(articles), origins(articles),
                quantities(all), contradictions(all));
        return new Built(incident, all, members(all));
    }

    /**
     * The event whose dyad best stands for the incident: among events with a target, the one whose dyad the most
     * events agree with ({@link Links#dyad}: the same dyad, its mirror for symmetric codes, or the same source
     * without a target), then the one most events name in that direction, then an international dyad before a
     * domestic one, then the earliest. Without any target, the most frequent source.
     */
    private static EventNode dyad(List<EventNode> sorted) {
        EventNode best = null;
        int[] most = null;
        Set<String> tried = new HashSet<>();
        for (EventNode n : sorted) {
            if (n.targetKey == null || !tried.add(n.sourceKey + ">" + n.targetKey)) {
                continue;
            }
            int agree = 0;
            int exact = 0;
            for (EventNode m : sorted) {
                if (Links.dyad(n, m)) {
                    agree++;
                }
                if (n.sourceKey.equals(m.sourceKey) && n.targetKey.equals(m.targetKey)) {
                    exact++;
                }
            }
            int[] score = {agree, exact, n.sourceKey.equals(n.targetKey) ? 0 : 1};
            if (most == null || java.util.Arrays.compare(score, most) > 0) {
                best = n;
                most = score;
            }
        }
        if (best != null) {
            return best;
        }
        String s = mostFrequent(sorted, n -> n.sourceKey);
        return sorted.stream().filter(n -> n.sourceKey.equals(s)).findFirst().orElseThrow();
    }

    /** {@code inc-} and 16 hex digits of the SHA-256 of the earliest event (by date, event id, doc id). */
    static String id(EventNode anchor) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("herald-incident/1|" + anchor.docId() + "|"
                    + anchor.event.eventId()).getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder("inc-");
            for (int i = 0; i < 8; i++) {
                sb.append(String.format("%02x", h[i]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The most frequent value; ties go to the value of the earliest node (nodes come sorted). */
    private static String mostFrequent(List<EventNode> sorted, Function<EventNode, String> f) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EventNode n : sorted) {
            counts.merge(f.apply(n), 1, Integer::sum);
        }
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (c.getValue() > most) {
                best = c.getKey();
                most = c.getValue();
            }
        }
        return best;
    }

    /** Distinct publishers; an article without one is a publisher of its own. */
    static int publishers(List<ArticleEntry> articles) {
        Set<String> names = new HashSet<>();
        for (ArticleEntry a : articles) {
            names.add(a.publisher != null ? "p:" + a.publisher : "doc:" + a.docId);
        }
        return names.size();
    }

    /**
     * Distinct origins: articles of one text family are one origin, and so (with
     * {@link IncidentClusterer.Options#originsByOrganisation()}) are articles whose story comes from the same
     * organisation (the wire agency named upstream, else the publisher).
     */
    int origins(List<ArticleEntry> articles) {
        UnionFind u = new UnionFind();
        u.ensure(articles.size() - 1);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            ArticleEntry a = articles.get(i);
            Integer j = seen.putIfAbsent("f:" + family.applyAsInt(a.id), i);
            if (j != null) {
                u.union(i, j);
            }
            if (options.originsByOrganisation() && a.organisation != null) {
                j = seen.putIfAbsent("o:" + a.organisation, i);
                if (j != null) {
                    u.union(i, j);
                }
            }
        }
        Set<Integer> roots = new HashSet<>();
        for (int i = 0; i < articles.size(); i++) {
            roots.add(u.find(i));
        }
        return roots.size();
    }

    /** Every number of the incident's events, once per article, claimant and place in the text; by date. */
    private static List<IncidentQuantity> quantities(List<EventNode> nodes) {
        TreeMap<String, IncidentQuantity> sorted = new TreeMap<>();
        for (EventNode n : nodes) {
            Claimant who = n.claimant();
            for (Quantity q : n.event.quantities()) {
                Double v = q.value() != null ? q.value() : q.low() != null ? q.low() : q.high();
                if (v == null) {
                    continue;
                }
                String key = String.format("%s|%s|%010d|%010d|%s|%s|%s",
                        n.article.date == null ? "9999" : n.article.date, n.docId(), q.begin(), q.end(), v, q.unit(),
                        who == null ? "" : EventNode.key(who) + "/" + who.sector());
                sorted.putIfAbsent(key, new IncidentQuantity(v, q.unit(), who, n.docId(), n.mode()));
            }
        }
        return List.copyOf(sorted.values());
    }

    private static List<Contradiction> contradictions(List<EventNode> nodes) {
        TreeMap<String, Contradiction> denials = new TreeMap<>();
        List<Quantities.Entry> numbers = new ArrayList<>();
        Set<String> seenNumbers = new HashSet<>();
        for (EventNode n : nodes) {
            if (n.kind == EventNode.Kind.DENIED || n.kind == EventNode.Kind.DENIAL_ACT) {
                Claimant by = n.event.claim() != null && n.event.claim().claimant() != null
                        ? n.event.claim().claimant() : Claimant.of(n.event.sourceActor());
                Span ev = n.event.evidence();
                String key = String.format("%s|%s|%010d|%010d|%s", n.article.date, n.docId(),
                        ev == null ? 0 : ev.begin(), ev == null ? 0 : ev.end(), EventNode.key(by) + "/" + by.sector());
                denials.putIfAbsent(key, new Contradiction("denial", by, n.docId(), ev, null, null, null));
                continue;
            }
            if (n.kind != EventNode.Kind.OCCURRENCE) {
                continue; // a plan's numbers are intentions, not counts
            }
            Claimant who = n.claimant();
            String ck = who == null || EventNode.key(who) == null ? null : EventNode.key(who) + "/" + who.sector();
            for (int i = 0; i < n.event.quantities().size(); i++) {
                Quantity q = n.event.quantities().get(i);
                if (!seenNumbers.add(n.docId() + "|" + q.begin() + "|" + q.end() + "|" + ck)) {
                    continue;
                }
                Quantities.Entry e = Quantities.entry(q, n.quantityRoles.get(i), ck,
                        who == null ? null : EventNode.key(who));
                if (e != null) {
                    numbers.add(e);
                }
            }
        }
        List<Contradiction> out = new ArrayList<>(denials.values());
        out.addAll(Quantities.conflicts(numbers));
        return out;
    }

    private static List<Member> members(List<EventNode> all) {
        List<Member> out = new ArrayList<>();
        Set<EventNode> in = new HashSet<>(all);
        Map<EventNode, Boolean> speech = new LinkedHashMap<>();
        for (EventNode n : all) {
            Role r = switch (n.kind) {
                case PLANNED -> Role.PLANNED;
                case DENIED, DENIAL_ACT -> Role.DENIAL;
                default -> Role.OCCURRENCE;
            };
            out.add(new Member(n.docId(), n.event.eventId(), r));
        }
        for (EventNode n : all) {
            if (n.kind != EventNode.Kind.OCCURRENCE || n.mode() != org.herald.model.Mode.CLAIMED) {
                continue;
            }
            for (EventNode s : n.article.nodes) {
                if (s != n && s.live && !in.contains(s) && s.speechAct() && s.speaks(n)) {
                    speech.putIfAbsent(s, true);
                }
            }
        }
        speech.keySet().stream().sorted(Comparator.comparing(EventNode::docId)
                        .thenComparingInt(s -> s.event.sentence()).thenComparing(s -> s.event.eventId()))
                .forEach(s -> out.add(new Member(s.docId(), s.event.eventId(), Role.SPEECH_ACT)));
        return List.copyOf(out);
    }
}
