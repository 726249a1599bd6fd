package org.herald.store.incidents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Text families: articles whose texts are the same or nearly so (estimated Jaccard similarity of word 5-shingles
 * at or above the threshold, among articles sharing a MinHash band) belong to one family, transitively. The
 * relation is decided pair by pair, so the families do not depend on the order articles arrive in. Not
 * thread-safe.
 */
final class NearDuplicates {
    private final double threshold;
    private final UnionFind sets = new UnionFind();
    private final Map<Long, List<Integer>> buckets = new HashMap<>();
    private final Map<Integer, long[]> signatures = new HashMap<>();

    NearDuplicates(double threshold) {
        this.threshold = threshold;
    }

    /** Adds an article; returns the articles whose family changed (the article's new family). */
    Set<Integer> add(int id, long[] signature) {
        sets.ensure(id);
        Set<Integer> changed = new LinkedHashSet<>();
        changed.add(id);
        if (signature == null) {
            return changed;
        }
        for (int other : candidates(signature)) {
            if (similar(signature, signatures.get(other)) && sets.union(id, other)) {
                changed.addAll(sets.members(id));
            }
        }
        signatures.put(id, signature);
        for (int b = 0; b < MinHash.BANDS; b++) {
            buckets.computeIfAbsent(MinHash.bandKey(signature, b), k -> new ArrayList<>()).add(id);
        }
        return changed;
    }

    /** Removes an article; returns the other members of its former family, whose family changed. */
    Set<Integer> remove(int id) {
        List<Integer> family = sets.members(id);
        long[] sig = signatures.remove(id);
        if (sig != null) {
            for (int b = 0; b < MinHash.BANDS; b++) {
                long k = MinHash.bandKey(sig, b);
                List<Integer> l = buckets.get(k);
                l.remove(Integer.valueOf(id));
                if (l.isEmpty()) {
                    buckets.remove(k);
                }
            }
        }
        sets.reset(family);
        Set<Integer> rest = new TreeSet<>(family);
        rest.remove(id);
        for (int a : rest) {
            long[] sa = signatures.get(a);
            if (sa == null) {
                continue;
            }
            for (int other : candidates(sa)) {
                if (other != a && rest.contains(other) && similar(sa, signatures.get(other))) {
                    sets.union(a, other);
                }
            }
        }
        return rest;
    }

    /** The family's representative id (any member; stable until the family changes). */
    int family(int id) {
        return sets.find(id);
    }

    List<Integer> members(int id) {
        return sets.members(id);
    }

    private Set<Integer> candidates(long[] signature) {
        Set<Integer> out = new TreeSet<>();
        for (int b = 0; b < MinHash.BANDS; b++) {
            out.addAll(buckets.getOrDefault(MinHash.bandKey(signature, b), List.of()));
        }
        return out;
    }

    private boolean similar(long[] a, long[] b) {
        return MinHash.similarity(a, b) >= threshold;
    }
}
