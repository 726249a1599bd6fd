package org.herald.store.incidents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Node ids by date, for finding the events near a date quickly. Not thread-safe. */
final class TimeIndex {
    private final NavigableMap<Long, List<Integer>> fine = new TreeMap<>();
    private final Map<String, List<Integer>> coarse = new HashMap<>();
    private final List<Integer> undated = new ArrayList<>();

    void add(int id, When w) {
        list(w).add(id);
    }

    void remove(int id, When w) {
        List<Integer> l = list(w);
        l.remove(Integer.valueOf(id));
        if (l.isEmpty() && w.kind() == When.Kind.FINE) {
            fine.remove(w.start());
        } else if (l.isEmpty() && w.kind() == When.Kind.COARSE) {
            coarse.remove(w.start() + ":" + w.end());
        }
    }

    boolean isEmpty() {
        return fine.isEmpty() && coarse.isEmpty() && undated.isEmpty();
    }

    /** Adds to {@code out} every id whose date may be within {@code window} days of {@code w}. */
    void near(When w, int window, List<Integer> out) {
        switch (w.kind()) {
            case NONE -> out.addAll(undated);
            case COARSE -> out.addAll(coarse.getOrDefault(w.start() + ":" + w.end(), List.of()));
            case FINE -> {
                for (List<Integer> l : fine.subMap(w.start() - window - When.MAX_FINE_SPAN, true, w.end() + window,
                        true).values()) {
                    out.addAll(l);
                }
            }
        }
    }

    private List<Integer> list(When w) {
        return switch (w.kind()) {
            case NONE -> undated;
            case COARSE -> coarse.computeIfAbsent(w.start() + ":" + w.end(), k -> new ArrayList<>());
            case FINE -> fine.computeIfAbsent(w.start(), k -> new ArrayList<>());
        };
    }
}
