package org.herald.store;

import java.util.List;
import org.herald.model.Claimant;
import org.herald.model.Span;

/**
 * One claim (CONTRACT.md "Claims"): who says the event {@code eventId} of {@code docId} happened.
 *
 * @param stance   "asserts" or "denies"
 * @param evidence the span of the reported event
 */
public record ClaimRow(String claimId, String docId, String eventId, Claimant claimant, String verb, String stance,
                       List<String> via, String publisher, String upstream, Span evidence, String cameo, String day) {
    public ClaimRow {
        via = via == null ? List.of() : List.copyOf(via);
    }
}
