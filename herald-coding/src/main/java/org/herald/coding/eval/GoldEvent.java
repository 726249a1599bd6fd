package org.herald.coding.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A gold event: accepted source keys, accepted target keys (empty: any), accepted roots, and the fields it must
 * carry where the gold gives them (claimant, stance, quantity, date, place_country, place_city; a null value
 * means the event must carry none).
 */
public record GoldEvent(Set<String> source, Set<String> target, List<String> roots, Map<String, String> fields) {
    /** The event fields herald eval scores when the gold gives them. */
    public static final List<String> FIELDS = List.of("claimant", "stance", "quantity", "date", "place_country",
            "place_city");

    public GoldEvent(Set<String> source, Set<String> target, List<String> roots) {
        this(source, target, roots, Map.of());
    }

    public String primaryRoot() {
        return roots.isEmpty() ? "??" : roots.get(0);
    }

    /** Whether the gold marks this event as denied by its claimant ({@code "stance": "denies"}). */
    public boolean denied() {
        return "denies".equals(fields.get("stance"));
    }

    public boolean matches(String root, String sourceKey, String targetKey) {
        return roots.contains(root) && sourceKey != null && source.contains(sourceKey)
                && (target.isEmpty() || targetKey != null && target.contains(targetKey));
    }

    @Override
    public String toString() {
        return source + " -> " + (target.isEmpty() ? "*" : target) + " " + roots;
    }
}
