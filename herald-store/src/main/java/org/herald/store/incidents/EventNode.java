package org.herald.store.incidents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.herald.model.Actor;
import org.herald.model.Claim;
import org.herald.model.Claimant;
import org.herald.model.Event;
import org.herald.model.Mode;
import org.herald.model.Quantity;

/** One event as the clusterer sees it: its keys, date range, place and part in an incident. Not thread-safe. */
final class EventNode {

    /** What an event contributes to an incident. */
    enum Kind {
        /** Asserted or claimed: the happening itself. */
        OCCURRENCE,
        /** Announced or intended. Joins an incident; alone it makes none unless the options say so. */
        PLANNED,
        /** The denied happening, coded negated with a claim of stance "denies": clustered like the happening. */
        DENIED,
        /** The denial as a speech act of its own (016 "deny", stance "denies"): attached to what it denies. */
        DENIAL_ACT,
        /** Hypothetical, or negated without a denial ("did not comment"): no happening, no incident. */
        EXCLUDED
    }

    static final Comparator<EventNode> ORDER = Comparator.comparingLong((EventNode n) -> n.when.sortKey())
            .thenComparing(n -> n.event.eventId()).thenComparing(EventNode::docId);

    private static final Pattern ACCUSATIONS = Pattern.compile("\\b(accusations?|allegations?|charges)\\b");

    final int id;
    final Event event;
    final ArticleEntry article;
    final Kind kind;
    final String sourceKey;
    final String targetKey;
    final String family;
    final boolean symmetric;
    final When when;
    final String placeCountry;
    /** Family, source and target: what a denial's candidates are grouped by. */
    final String kindKey;
    /** Country or org of the claim's claimant, or null. */
    final String claimantKey;
    /** For a denial act: its denier's key. */
    final String denierKey;
    /** For a denial act: its sentence dismisses "accusations" or "allegations" rather than reports of a deed. */
    final boolean deniesAccusation;
    /** Per quantity: what the number counts ("killed", "wounded", ...), read from the words around it; or null. */
    final List<String> quantityRoles;
    boolean live = true;
    /** For a core event: the id of its incident's seed (its earliest event), or -1 before it is placed. */
    int seed = -1;

    EventNode(int id, Event e, ArticleEntry article, String text) {
        this.id = id;
        this.event = e;
        this.article = article;
        this.sourceKey = key(e.sourceActor());
        this.targetKey = key(e.targetActor());
        this.kind = sourceKey == null ? Kind.EXCLUDED : kindOf(e);
        this.family = Families.family(e.cameo());
        this.symmetric = Families.symmetric(e.cameo());
        this.when = When.of(e.date(), e.datePrecision(), article.date);
        this.placeCountry = e.location() == null ? null : e.location().country();
        this.kindKey = family + "|" + sourceKey + "|" + targetKey;
        Claim c = e.claim();
        this.claimantKey = c == null || c.claimant() == null ? null : key(c.claimant());
        String dk = claimantKey != null ? claimantKey : sourceKey;
        this.denierKey = kind == Kind.DENIAL_ACT ? dk : null;
        this.deniesAccusation = kind == Kind.DENIAL_ACT && e.evidence() != null
                && ACCUSATIONS.matcher(e.evidence().text().toLowerCase(Locale.ROOT)).find();
        List<String> roles = new ArrayList<>();
        for (Quantity q : e.quantities()) {
            roles.add(Quantities.role(text, q));
        }
        this.quantityRoles = java.util.Collections.unmodifiableList(roles);
    }

    static Kind kindOf(Event e) {
        Mode m = e.mode() == null ? Mode.ASSERTED : e.mode();
        if (m == Mode.HYPOTHETICAL) {
            return Kind.EXCLUDED;
        }
        boolean denies = e.claim() != null && "denies".equalsIgnoreCase(e.claim().stance());
        if (denies && (m != Mode.NEGATED || e.root().equals("01"))) {
            return Kind.DENIAL_ACT;
        }
        if (m == Mode.NEGATED) {
            return denies ? Kind.DENIED : Kind.EXCLUDED;
        }
        // an intent (03) or a threat (13) is coded for its announcement, which has happened: "Italy will send aid"
        // is Italy's 033 on the day it said so, whatever becomes of the aid
        boolean announcement = e.root() != null && (e.root().equals("03") || e.root().equals("13"));
        return m == Mode.PLANNED && !announcement ? Kind.PLANNED : Kind.OCCURRENCE;
    }

    /** The actor key: ISO country code, or the org code of an international body. */
    static String key(Actor a) {
        if (a == null) {
            return null;
        }
        return a.country() != null ? a.country() : a.org();
    }

    static String key(Claimant c) {
        if (c == null) {
            return null;
        }
        return c.country() != null ? c.country() : c.org();
    }

    boolean core() {
        return kind == Kind.OCCURRENCE || kind == Kind.PLANNED || kind == Kind.DENIED;
    }

    String docId() {
        return article.docId;
    }

    Mode mode() {
        return event.mode() == null ? Mode.ASSERTED : event.mode();
    }

    /** Whether this event is its own speaker's claim: a speech act such as "X accused Y of ...". */
    boolean speechAct() {
        Claim c = event.claim();
        return kind == Kind.OCCURRENCE && c != null && c.claimant() != null && !"denies".equalsIgnoreCase(c.stance())
                && sameActor(c.claimant(), event.sourceActor());
    }

    /** Whether this speech act's speaker is the claimant of {@code reported}. */
    boolean speaks(EventNode reported) {
        Claim c = reported.event.claim();
        return c != null && c.claimant() != null && sameActor(c.claimant(), event.sourceActor());
    }

    static boolean sameActor(Claimant c, Actor a) {
        if (c == null || a == null || key(c) == null || !key(c).equals(key(a))) {
            return false;
        }
        return c.sector() == null || a.sector() == null || c.sector().equals(a.sector());
    }

    /** Who stands behind the event: the claim's claimant, or the source actor when the event is not claimed. */
    Claimant claimant() {
        Claim c = event.claim();
        if (c != null && c.claimant() != null) {
            return c.claimant();
        }
        if (mode() == Mode.CLAIMED) {
            return null;
        }
        return Claimant.of(event.sourceActor());
    }

    @Override
    public String toString() {
        return docId() + "/" + event.eventId() + " " + sourceKey + ">" + targetKey + " " + event.cameo() + " " + kind;
    }
}
