package org.herald.coding.actors;

import java.util.List;

/** Dictionary entries found on tokens [start, end) of a sentence. */
public record PhraseMatch(int start, int end, List<DictEntry> entries) {
    public PhraseMatch {
        entries = List.copyOf(entries);
    }

    public boolean covers(int token) {
        return token >= start && token < end;
    }
}
