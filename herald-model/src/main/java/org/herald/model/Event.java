package org.herald.model;

import java.util.List;

/** One coded event: the record of CONTRACT.md "Output". */
public record Event(
        String eventId,
        String docId,
        int sentence,
        Span evidence,
        Actor sourceActor,
        Actor targetActor,
        String cameo,
        String root,
        int quadClass,
        double goldstein,
        Plover plover,
        Mode mode,
        String date,
        String datePrecision,
        Place location,
        List<Quantity> quantities,
        Claim claim,
        String rule,
        String coder) {
    public Event {
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
        if (cameo == null || cameo.length() < 2 || cameo.length() > 4) {
            throw new IllegalArgumentException("bad CAMEO code: " + cameo);
        }
    }
}
