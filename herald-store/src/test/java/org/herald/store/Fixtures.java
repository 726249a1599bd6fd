package org.herald.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.herald.model.Actor;
import org.herald.model.Article;
import org.herald.model.Claim;
import org.herald.model.Claimant;
import org.herald.model.CodedArticle;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.herald.model.Place;
import org.herald.model.Quantity;
import org.herald.model.Span;
import org.herald.model.cameo.CameoCode;
import org.herald.model.cameo.CameoOntology;

/** Hand-built coded articles for store tests: no NLP. */
final class Fixtures {
    static final String CODER = "herald/test fixtures/1";

    private Fixtures() {
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Actor actor(String text, String country, String org, String sector, int begin) {
        return new Actor(text, null, country, org, sector, begin, begin + text.length());
    }

    /** An event of article {@code docId} whose evidence is the whole text. */
    static Event event(String docId, String text, String eventId, int sentence, Actor src, Actor tgt, String cameo,
                       Mode mode, String date, Place where, List<Quantity> qs, Claim claim) {
        CameoCode c = CameoOntology.standard().get(cameo);
        return new Event(eventId, docId, sentence, new Span(0, text.length(), text), src, tgt, c.code(), c.root(),
                c.quadClass(), c.goldstein(), c.plover(), mode, date, date == null ? null : "day", where, qs, claim,
                "test.v1", CODER);
    }

    static Article article(String id, String text, LocalDate date, String publisher) {
        return new Article(id, text, date, publisher, "Title of " + id, "https://example.org/" + id, "en");
    }

    /**
     * A small story: POL accuses BLR (asserted, with a quantity and a claim), BLR sends troops to RUS (claimed),
     * and a statement with no target.
     */
    static CodedArticle story(String id, String publisher, LocalDate published, String variant) {
        String text = "WARSAW - Poland's intelligence agency accused Belarus of sending about 2,000 soldiers to Russia. "
                + "Belarus said nothing. " + variant;
        Actor pol = new Actor("Poland's intelligence agency", "Foreign Intelligence Agency", "POL", null, "SPY", 9, 37);
        Actor blr = actor("Belarus", "BLR", null, null, 47);
        Actor rus = actor("Russia", "RUS", null, null, 92);
        Quantity q = new Quantity(2000.0, null, null, "soldiers", true, "about 2,000 soldiers", 65, 85);
        Claim says = new Claim(Claimant.of(pol), "accused", "asserts", List.of("NOS"), publisher, "Meridian Wire");
        List<Event> evs = new ArrayList<>();
        evs.add(event(id, text, id + "-e1" + variant.length(), 0, pol, blr, "112", Mode.ASSERTED, "2025-03-07",
                new Place("Warsaw", "POL", 52.23, 21.01, "city"), List.of(q), says));
        evs.add(event(id, text, id + "-e2" + variant.length(), 0, blr, rus, "072", Mode.CLAIMED, null, null, List.of(q),
                new Claim(Claimant.of(pol), "accused", "asserts", List.of(), publisher, null)));
        evs.add(event(id, text, id + "-e3" + variant.length(), 1, actor("Belarus", "BLR", null, "GOV", 100), null, "010",
                Mode.NEGATED, "2025-03-08", null, List.of(), null));
        return new CodedArticle(article(id, text, published, publisher), evs);
    }
}
