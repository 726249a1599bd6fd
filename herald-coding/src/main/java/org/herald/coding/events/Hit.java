package org.herald.coding.events;

import java.util.List;
import org.herald.coding.actors.Mention;

/**
 * A pattern that fired on a trigger token, with the mentions in its source and target slots
 * (several when coordinated; empty when the slot is absent or names no actor).
 *
 * @param lightNoun the light-verb object noun token, or -1
 */
public record Hit(int trigger, Pattern pattern, int lightNoun, List<Mention> sources, List<Mention> targets) {
    public Hit {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }
}
