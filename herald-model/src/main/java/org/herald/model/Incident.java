package org.herald.model;

import java.util.List;

/**
 * One real-world happening reported by one or more articles (CONTRACT.md "Incidents").
 *
 * @param publishers         distinct publishers of the articles
 * @param independentSources distinct origins: a wire story republished word for word, or nearly, counts once
 */
public record Incident(String incidentId, String cameo, String root, String sourceCountry, String sourceOrg,
                       String targetCountry, String targetOrg, String firstDate, String lastDate,
                       List<String> events, List<String> articles, int publishers, int independentSources,
                       List<IncidentQuantity> quantities, List<Contradiction> contradictions) {
    public Incident {
        events = List.copyOf(events);
        articles = List.copyOf(articles);
        quantities = List.copyOf(quantities);
        contradictions = List.copyOf(contradictions);
    }

    /** A number one claimant gives for the incident. */
    public record IncidentQuantity(double value, String unit, Claimant claimant, String docId, Mode mode) {
    }

    /**
     * A denial ({@code kind} "denial": by, docId, evidence) or conflicting numbers ({@code kind} "quantity": values,
     * unit, claimants).
     */
    public record Contradiction(String kind, Claimant by, String docId, Span evidence, List<Double> values,
                                String unit, List<String> claimants) {
        public Contradiction {
            values = values == null ? List.of() : List.copyOf(values);
            claimants = claimants == null ? List.of() : List.copyOf(claimants);
        }
    }
}
