package org.herald.store.incidents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.herald.model.Incident.Contradiction;
import org.herald.model.Quantity;

/**
 * Comparing the numbers different claimants give for one incident.
 *
 * <p>Two numbers are comparable when they count the same thing: the same unit after normalisation ("troops" and
 * "soldiers" are one unit, "people" and "persons" another; otherwise the unit's last word, without a plural "s")
 * and the same role, read from the words just after or before the number ("12 people were killed", "killing 12",
 * "the toll of seven": killed; "30 wounded": wounded; "146 people had been detained": detained). Without the role,
 * "12 killed" and "30 wounded" would look like conflicting counts of people.
 *
 * <p>A conflict is two comparable numbers whose ranges do not overlap ("more than 400" is the range 400 and up),
 * given by two different claimants (country or org code plus sector: the Georgian interior ministry and a Georgian
 * rights group are two claimants). Numbers whose claimant is unknown are listed but never conflict. The
 * contradiction lists every distinct value of that unit and role, sorted, with, for each value, the code of the
 * claimant who gives it most often (ties by code).
 */
final class Quantities {
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("soldier", "soldiers"), Map.entry("soldiers", "soldiers"), Map.entry("troop", "soldiers"),
            Map.entry("troops", "soldiers"), Map.entry("servicemen", "soldiers"), Map.entry("serviceman", "soldiers"),
            Map.entry("people", "people"), Map.entry("person", "people"), Map.entry("persons", "people"));
    private static final Map<String, String> ROLES = roles();
    private static final Set<String> STOPS = Set.of("and", "but", "while", "whereas", "including");

    private Quantities() {
    }

    private static Map<String, String> roles() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String w : List.of("killed", "killing", "kill", "dead", "died", "die", "deaths", "death", "toll",
                "lives", "fatalities", "perished")) {
            m.put(w, "killed");
        }
        for (String w : List.of("wounded", "wounding", "injured", "injuring", "hurt", "injuries", "injury")) {
            m.put(w, "wounded");
        }
        for (String w : List.of("detained", "detaining", "arrested", "arresting", "arrests", "detentions", "detention",
                "jailed", "imprisoned", "detainees", "held")) {
            m.put(w, "detained");
        }
        for (String w : List.of("evacuated", "displaced", "fled", "homeless")) {
            m.put(w, "displaced");
        }
        m.put("missing", "missing");
        return Map.copyOf(m);
    }

    /** The normalised unit of a quantity, or null when it has none. */
    static String unit(String unit) {
        List<String> words = MinHash.words(unit);
        if (words.isEmpty()) {
            return null;
        }
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        String known = UNITS.get(last);
        if (known != null) {
            return known;
        }
        if (last.length() > 3 && last.endsWith("s") && !last.endsWith("ss")) {
            return last.substring(0, last.length() - 1);
        }
        return last;
    }

    /** What the number counts, from up to six words after it (then four before it) in its sentence. */
    static String role(String text, Quantity q) {
        if (text == null || q.begin() < 0 || q.end() > text.length() || q.end() < q.begin()) {
            return null;
        }
        String after = clause(text.substring(q.end(), Math.min(text.length(), q.end() + 80)), true);
        String r = firstRole(MinHash.words(after), 6, false);
        if (r == null) {
            String before = clause(text.substring(Math.max(0, q.begin() - 60), q.begin()), false);
            r = firstRole(MinHash.words(before), 4, true);
        }
        return r;
    }

    private static String clause(String s, boolean forward) {
        int cut = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(forward ? i : s.length() - 1 - i);
            if (c == '.' || c == ';' || c == '!' || c == '?' || c == ',' || c == '\n') {
                // "1.5" is a number, not an end
                int at = forward ? i : s.length() - 1 - i;
                boolean digits = c == '.' && at > 0 && at + 1 < s.length() && Character.isDigit(s.charAt(at - 1))
                        && Character.isDigit(s.charAt(at + 1));
                if (!digits) {
                    cut = at;
                    break;
                }
            }
        }
        if (cut < 0) {
            return s;
        }
        return forward ? s.substring(0, cut) : s.substring(cut + 1);
    }

    private static String firstRole(List<String> words, int max, boolean backward) {
        for (int k = 0; k < Math.min(max, words.size()); k++) {
            String w = words.get(backward ? words.size() - 1 - k : k);
            String r = ROLES.get(w);
            if (r != null) {
                return r;
            }
            if (STOPS.contains(w)) {
                return null;
            }
        }
        return null;
    }

    /** One number of an incident, ready for comparison. */
    record Entry(double value, double low, double high, String unit, String role, String claimantKey,
                 String claimantCode) {
        boolean overlaps(Entry o) {
            return low <= o.high && o.low <= high;
        }
    }

    static Entry entry(Quantity q, String role, String claimantKey, String claimantCode) {
        Double v = q.value() != null ? q.value() : q.low() != null ? q.low() : q.high();
        if (v == null) {
            return null;
        }
        double low = q.low() != null ? q.low() : q.value() != null ? q.value() : Double.NEGATIVE_INFINITY;
        // "more than 400" is value 400 and low 400: the range 400 and up
        double high = q.high() != null ? q.high() : q.value() != null && q.low() == null ? q.value()
                : Double.POSITIVE_INFINITY;
        return new Entry(v, Math.min(low, v), Math.max(high, v), unit(q.unit()), role, claimantKey, claimantCode);
    }

    /** The conflicting-number contradictions among these entries, ordered by unit. */
    static List<Contradiction> conflicts(List<Entry> entries) {
        Map<String, List<Entry>> groups = new TreeMap<>();
        for (Entry e : entries) {
            if (e.unit() != null && e.claimantKey() != null) {
                groups.computeIfAbsent(e.unit() + (e.role() == null ? "" : " " + e.role()), k -> new ArrayList<>())
                        .add(e);
            }
        }
        List<Contradiction> out = new ArrayList<>();
        for (Map.Entry<String, List<Entry>> g : groups.entrySet()) {
            List<Entry> es = g.getValue();
            boolean conflict = false;
            for (int i = 0; i < es.size() && !conflict; i++) {
                for (int j = i + 1; j < es.size(); j++) {
                    Entry a = es.get(i);
                    Entry b = es.get(j);
                    if (!a.claimantKey().equals(b.claimantKey()) && !a.overlaps(b)) {
                        conflict = true;
                        break;
                    }
                }
            }
            if (!conflict) {
                continue;
            }
            TreeMap<Double, Map<String, Integer>> byValue = new TreeMap<>();
            for (Entry e : es) {
                byValue.computeIfAbsent(e.value(), k -> new TreeMap<>()).merge(e.claimantCode(), 1, Integer::sum);
            }
            List<Double> values = new ArrayList<>(byValue.keySet());
            List<String> claimants = new ArrayList<>();
            for (Map<String, Integer> counts : byValue.values()) {
                claimants.add(counts.entrySet().stream()
                        .max(Comparator.comparingInt((Map.Entry<String, Integer> c) -> c.getValue())
                                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                        .orElseThrow().getKey());
            }
            out.add(new Contradiction("quantity", null, null, null, values, g.getKey(), claimants));
        }
        return out;
    }
}
