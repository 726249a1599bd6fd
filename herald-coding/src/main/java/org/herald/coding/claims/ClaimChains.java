package org.herald.coding.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.model.Claim;
import org.herald.model.Claimant;
import org.herald.model.Event;

/**
 * Within one article, the intermediaries through which a claimant's words reached the page apply to all of
 * that claimant's claims: when "According to the NOS" relays the NIS once, every NIS claim in the article
 * came through the NOS. Stateless.
 */
public final class ClaimChains {
    private ClaimChains() {
    }

    /**
     * @param relays intermediaries the article names for a claimant outside any coded event
     *               ("According to the NOS, the soldiers were transported ..."), by {@link #key(Claimant)}
     */
    public static List<Event> link(List<Event> events, Map<String, List<String>> relays) {
        Map<String, Set<String>> via = new LinkedHashMap<>();
        relays.forEach((k, v) -> via.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(v));
        for (Event e : events) {
            Claim c = e.claim();
            if (c != null && c.claimant() != null) {
                via.computeIfAbsent(key(c.claimant()), k -> new LinkedHashSet<>()).addAll(c.via());
            }
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            Claim c = e.claim();
            if (c == null || c.claimant() == null) {
                out.add(e);
                continue;
            }
            List<String> chain = new ArrayList<>(via.getOrDefault(key(c.claimant()), Set.of()));
            if (chain.equals(c.via())) {
                out.add(e);
                continue;
            }
            Claim linked = new Claim(c.claimant(), c.verb(), c.stance(), chain, c.publisher(), c.upstream());
            out.add(e.withClaim(linked));
        }
        return out;
    }

    /** Claims by the same actor share a key: its code, or its words when it has none. */
    public static String key(Claimant c) {
        return c.country() + "|" + c.org() + "|" + c.sector() + "|" + (c.country() == null && c.org() == null ? c.text() : "");
    }
}
