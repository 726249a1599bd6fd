package org.herald.model;

/** Who makes a claim: the mention text and its actor code parts. */
public record Claimant(String text, String country, String org, String sector) {
    public static Claimant of(Actor a) {
        return new Claimant(a.text(), a.country(), a.org(), a.sector());
    }
}
