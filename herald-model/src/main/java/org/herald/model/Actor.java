package org.herald.model;

/**
 * A resolved actor mention (CONTRACT.md {@code source_actor}/{@code target_actor}).
 *
 * @param text    the mention as written
 * @param name    the canonical name when the dictionary knows one, else null
 * @param country ISO 3166-1 alpha-3, or null for an international body
 * @param org     short code of an intergovernmental or non-governmental body, else null
 * @param sector  CAMEO agent code (GOV, MIL, SPY, ...), or null
 * @param begin   offset of the mention in the article text
 * @param end     end offset (exclusive)
 */
public record Actor(String text, String name, String country, String org, String sector, int begin, int end) {

    /** The CAMEO-style code: country or org, then sector ("KORSPY", "NATO", "PRKMIL"). */
    public String code() {
        String head = country != null ? country : (org != null ? org : "");
        return head + (sector != null ? sector : "");
    }

    /** The key the scoring rules use: the country code, or "ORG" for any international body. */
    public String scoringKey() {
        if (country != null) {
            return country;
        }
        return org != null ? "ORG" : null;
    }

    public boolean isResolved() {
        return country != null || org != null;
    }
}
