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

    /** The same event with another claim. */
    public Event withClaim(Claim c) {
        return new Event(eventId, docId, sentence, evidence, sourceActor, targetActor, cameo, root, quadClass, goldstein,
                plover, mode, date, datePrecision, location, quantities, c, rule, coder);
    }

    /** The same event with the target the text leaves to an earlier sentence. */
    public Event withTarget(Actor t) {
        return new Event(eventId, docId, sentence, evidence, sourceActor, t, cameo, root, quadClass, goldstein,
                plover, mode, date, datePrecision, location, quantities, claim, rule, coder);
    }

    /** The same event at another place. */
    public Event withLocation(Place p) {
        return new Event(eventId, docId, sentence, evidence, sourceActor, targetActor, cameo, root, quadClass, goldstein,
                plover, mode, date, datePrecision, p, quantities, claim, rule, coder);
    }
}
