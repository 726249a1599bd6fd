package org.herald.model;

import java.util.List;

/**
 * Who says an event happened (CONTRACT.md {@code claim}).
 *
 * @param stance   "asserts" or "denies"
 * @param via      intermediaries in the order the text gives them
 * @param upstream a source line such as "Source: Krone" or a wire dateline, else null
 */
public record Claim(Claimant claimant, String verb, String stance, List<String> via, String publisher,
                    String upstream) {
    public Claim {
        via = via == null ? List.of() : List.copyOf(via);
    }
}
