package org.herald.coding.eval;

import java.util.List;
import java.util.Set;

/** A gold event: accepted source keys, accepted target keys (empty: any), accepted roots. */
public record GoldEvent(Set<String> source, Set<String> target, List<String> roots) {
    public String primaryRoot() {
        return roots.isEmpty() ? "??" : roots.get(0);
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
