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
 * are not counted; a prediction matching only an optional event, or claimed and matching nothing, is
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
            if (!e.mode().happened()) {
                continue;
            }
            String src = key(e.sourceActor());
            String tgt = key(e.targetActor());
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
