package org.herald.store.incidents;

import java.util.Objects;

/**
 * When two events may report the same happening. The rules look at the two events only, never at what else has
 * been seen; {@link IncidentIndex} forms incidents from these links in a canonical order.
 *
 * <ul>
 *   <li><b>Family</b>: the same CAMEO root ({@link Families}).
 *   <li><b>Dyad</b>: the same source and the same target, by country code, or org code for an international body
 *       (sectors are ignored: "Poland's foreign ministry" and "Poland's intelligence agency" are both POL). An
 *       event without a target joins any with the same source. When both codes are symmetric
 *       ({@link Families}), the dyad is unordered: X→Y joins Y→X. X→(none) does not join Y→X: "Ethiopia hosted"
 *       would otherwise bridge Turkey↔Ethiopia talks and Ethiopia↔Somalia talks. (If the first report of X→A has
 *       no target, a later X→B can still join its incident.)
 *   <li><b>Date</b>: within the window ({@link When}).
 *   <li><b>Place</b>: the same country, or either place unknown, or one of the two in a country that is a party to
 *       the events: reports of a border clash put it on either side, and a datelined capital is often the
 *       "place" a coder finds. Two places that are both foreign to the parties (talks in Ankara, talks in
 *       Geneva) must agree.
 *   <li><b>One act, several targets</b>: events of one sentence with the same source, the same code and
 *       different targets ("Turkey hosted the Ethiopian and Somali ministers") are one happening.
 * </ul>
 */
final class Links {
    private Links() {
    }

    static boolean linked(EventNode a, EventNode b, int window) {
        if (sameAct(a, b)) {
            return true;
        }
        return a.family.equals(b.family) && dyad(a, b) && a.when.compatible(b.when, window) && places(a, b);
    }

    static boolean sameAct(EventNode a, EventNode b) {
        return a.article == b.article && a.event.sentence() == b.event.sentence() && a.sourceKey.equals(b.sourceKey)
                && a.event.cameo().equals(b.event.cameo()) && a.targetKey != null && b.targetKey != null;
    }

    static boolean dyad(EventNode a, EventNode b) {
        if (a.targetKey == null || b.targetKey == null) {
            return a.sourceKey.equals(b.sourceKey);
        }
        if (a.sourceKey.equals(b.sourceKey) && a.targetKey.equals(b.targetKey)) {
            return true;
        }
        return a.symmetric && b.symmetric && a.sourceKey.equals(b.targetKey) && a.targetKey.equals(b.sourceKey);
    }

    static boolean places(EventNode a, EventNode b) {
        String pa = a.placeCountry;
        String pb = b.placeCountry;
        if (pa == null || pb == null || pa.equals(pb)) {
            return true;
        }
        return party(pa, a, b) || party(pb, a, b);
    }

    private static boolean party(String country, EventNode a, EventNode b) {
        return country.equals(a.event.sourceActor().country())
                || a.event.targetActor() != null && Objects.equals(country, a.event.targetActor().country())
                || country.equals(b.event.sourceActor().country())
                || b.event.targetActor() != null && Objects.equals(country, b.event.targetActor().country());
    }
}
