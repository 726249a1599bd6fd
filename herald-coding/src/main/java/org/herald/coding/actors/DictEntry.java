package org.herald.coding.actors;

import java.time.LocalDate;

/**
 * One dictionary entry: a phrase and what it codes to.
 *
 * @param phrase  the phrase as written in the dictionary
 * @param name    canonical name, or null
 * @param country ISO alpha-3, or null
 * @param org     international body code, or null
 * @param sector  CAMEO agent code, or null
 * @param role    coreference role class (see sectors.tsv), or null
 * @param from    first day the entry holds (persons in office), or null
 * @param to      last day the entry holds, or null
 * @param source  the file and line the entry comes from, for messages
 */
public record DictEntry(String phrase, EntryKind kind, String name, String country, String org, String sector,
                        String role, LocalDate from, LocalDate to, String source) {

    /** Whether the entry holds on {@code day} (always, when either is unknown). */
    public boolean validOn(LocalDate day) {
        if (day == null) {
            return true;
        }
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    public boolean hasCountryOrOrg() {
        return country != null || org != null;
    }
}
