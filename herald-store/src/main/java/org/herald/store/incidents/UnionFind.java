package org.herald.store.incidents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Disjoint sets over dense int ids that grow on demand, with union by size, path halving, and a circular
 * member list per set so a set's members can be listed in time proportional to its size. A set can be
 * dissolved ({@link #reset}) and rebuilt, which is how removals are handled. Not thread-safe.
 */
final class UnionFind {
    private int[] parent = new int[0];
    private int[] size = new int[0];
    private int[] next = new int[0];
    private int n;

    /** Makes ids up to {@code id} exist as singletons. */
    void ensure(int id) {
        if (id < n) {
            return;
        }
        if (id >= parent.length) {
            int cap = Math.max(id + 1, Math.max(16, parent.length * 2));
            parent = Arrays.copyOf(parent, cap);
            size = Arrays.copyOf(size, cap);
            next = Arrays.copyOf(next, cap);
        }
        for (int i = n; i <= id; i++) {
            parent[i] = i;
            size[i] = 1;
            next[i] = i;
        }
        n = id + 1;
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Joins the sets of a and b; returns whether they were apart. */
    boolean union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return false;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        int t = next[ra];
        next[ra] = next[rb];
        next[rb] = t;
        return true;
    }

    /** Every id in x's set, x's included. */
    List<Integer> members(int x) {
        List<Integer> out = new ArrayList<>();
        int i = x;
        do {
            out.add(i);
            i = next[i];
        } while (i != x);
        return out;
    }

    /** Makes every one of these ids a singleton again; they must be exactly the members of some sets. */
    void reset(List<Integer> ids) {
        for (int i : ids) {
            parent[i] = i;
            size[i] = 1;
            next[i] = i;
        }
    }
}
