package org.herald.coding.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.herald.model.Actor;
import org.herald.model.Event;
import org.herald.model.Mode;

/**
 * Scores coded events against gold by the rules of CONTRACT.md: negated and hypothetical predictions
 * are not counted, except that a negated prediction matches a gold event the gold marks as denied
 * ({@code "stance": "denies"}: herald's own extension, for gold sets that score denials); a prediction matching only an optional event, or claimed and matching nothing, is
 * neutral; recall counts gold events matched at least once; precision counts matching predictions over
 * non-neutral ones. Accumulates over many cases; not thread-safe.
 */
public final class Scorer {
    /** Per-root counts: predictions by their root, gold events by their first root. */
    public static final class Counts {
        public int tp;
        public int fp;
        public int goldFound;
        public int gold;

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return gold == 0 ? 0 : (double) goldFound / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** A false positive or a missed gold event, with its sentence. */
    public record Error(String kind, String docId, String text, String detail) {
    }

    /** Per-field counts over gold events that a prediction matched. */
    public static final class FieldCounts {
        public int predicted;
        public int correct;
        public int gold;
        /** Gold values on events a prediction matched: recall of the field itself, apart from event recall. */
        public int goldMatched;

        public double matchedRecall() {
            return goldMatched == 0 ? 0 : (double) correct / goldMatched;
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }
    }

    private final Map<String, FieldCounts> fields = new java.util.LinkedHashMap<>();
    private final Counts total = new Counts();
    private final Map<String, Counts> byRoot = new TreeMap<>();
    private final List<Error> errors = new ArrayList<>();
    private int cases;

    public static String key(Actor a) {
        return a == null ? null : a.scoringKey();
    }

    public void add(GoldCase gold, List<Event> predicted) {
        cases++;
        boolean[] found = new boolean[gold.events().size()];
        for (Event e : predicted) {
            String src = key(e.sourceActor());
            String tgt = key(e.targetActor());
            if (!e.mode().happened()) {
                // a denied event is negated; gold that marks an event as denied ("stance": "denies") expects exactly
                // that, so the negated prediction finds it. Any other negated or hypothetical prediction is not counted.
                for (int i = 0; i < gold.events().size(); i++) {
                    GoldEvent g = gold.events().get(i);
                    if (e.mode() == Mode.NEGATED && g.denied() && g.matches(e.root(), src, tgt)) {
                        if (!found[i]) {
                            total.tp++;
                            byRoot.computeIfAbsent(e.root(), r -> new Counts()).tp++;
                        }
                        found[i] = true;
                    }
                }
                continue;
            }
            boolean matched = false;
            for (int i = 0; i < gold.events().size(); i++) {
                if (gold.events().get(i).matches(e.root(), src, tgt)) {
                    found[i] = true;
                    matched = true;
                }
            }
            Counts rc = byRoot.computeIfAbsent(e.root(), r -> new Counts());
            if (matched) {
                total.tp++;
                rc.tp++;
                continue;
            }
            boolean optional = gold.optional().stream().anyMatch(g -> g.matches(e.root(), src, tgt));
            if (optional || e.mode() == Mode.CLAIMED) {
                continue;
            }
            total.fp++;
            rc.fp++;
            errors.add(new Error("FP", gold.article().id(), gold.article().text(),
                    src + " -> " + (tgt == null ? "-" : tgt) + " " + e.cameo() + " (" + e.mode().wire() + ", "
                            + e.rule() + ")"));
        }
        scoreFields(gold, predicted);
        for (int i = 0; i < gold.events().size(); i++) {
            GoldEvent g = gold.events().get(i);
            Counts rc = byRoot.computeIfAbsent(g.primaryRoot(), r -> new Counts());
            total.gold++;
            rc.gold++;
            if (found[i]) {
                total.goldFound++;
                rc.goldFound++;
            } else {
                errors.add(new Error("FN", gold.article().id(), gold.article().text(), g.toString()));
            }
        }
    }

    /**
     * For each gold event that gives fields, the first prediction matching it (any mode but hypothetical, so that
     * denied events are scored for their stance) is compared field by field. A field the prediction carries counts
     * as predicted; equal to the gold's, as correct; a non-null gold value counts as gold.
     */
    private void scoreFields(GoldCase gold, List<Event> predicted) {
        for (GoldEvent g : gold.events()) {
            if (g.fields().isEmpty()) {
                continue;
            }
            Event match = null;
            for (Event e : predicted) {
                if (e.mode() != Mode.HYPOTHETICAL && g.matches(e.root(), key(e.sourceActor()), key(e.targetActor()))) {
                    match = e;
                    break;
                }
            }
            for (Map.Entry<String, String> f : g.fields().entrySet()) {
                FieldCounts c = fields.computeIfAbsent(f.getKey(), k -> new FieldCounts());
                String want = f.getValue();
                if (want != null) {
                    c.gold++;
                }
                if (match == null) {
                    continue;
                }
                if (want != null) {
                    c.goldMatched++;
                }
                String got = field(match, f.getKey());
                if (got != null) {
                    c.predicted++;
                    if (fold(got).equals(fold(want == null ? "" : want))) {
                        c.correct++;
                    }
                }
            }
        }
    }

    /** Case, accents, spaces and apostrophes do not count: "Kraków" is "Krakow", "Nay Pyi Taw" is "Naypyitaw". */
    private static String fold(String v) {
        return java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFD).replaceAll("[\\p{M}\\s'’.-]", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** The value of a scored field on a predicted event, in the gold's terms, or null. */
    public static String field(Event e, String name) {
        var claim = e.claim();
        boolean reported = claim != null && claim.claimant() != null && e.mode() != Mode.ASSERTED;
        switch (name) {
            case "claimant":
                if (!reported) {
                    return null;
                }
                return claim.claimant().country() != null ? claim.claimant().country()
                        : claim.claimant().org() != null ? "ORG" : null;
            case "stance":
                return claim == null ? null : claim.stance();
            case "quantity":
                if (e.quantities().isEmpty()) {
                    return null;
                }
                var q = e.quantities().get(0);
                Double v = q.value() != null ? q.value() : q.low() != null ? q.low() : q.high();
                return v == null ? null : Double.toString(v);
            case "date":
                return e.date();
            case "place_country":
                return e.location() == null ? null : e.location().country();
            case "place_city":
                return e.location() == null || !"city".equals(e.location().precision()) ? null : e.location().name();
            default:
                throw new IllegalArgumentException("no such field " + name);
        }
    }

    public Map<String, FieldCounts> fields() {
        return fields;
    }

    public Counts total() {
        return total;
    }

    public Map<String, Counts> byRoot() {
        return byRoot;
    }

    public List<Error> errors() {
        return errors;
    }

    public int cases() {
        return cases;
    }
}
