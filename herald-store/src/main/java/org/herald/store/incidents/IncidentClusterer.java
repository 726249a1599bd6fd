package org.herald.store.incidents;

import java.util.Collection;
import java.util.List;
import org.herald.model.CodedArticle;
import org.herald.model.Incident;

/**
 * Groups coded events from many articles into incidents: one real-world happening each (CONTRACT.md
 * "Incidents"). Pure and deterministic: the same articles give the same incidents, with the same ids, in the same
 * order, whatever order the articles come in. Immutable and thread-safe; an {@link IncidentIndex} it makes is
 * synchronized.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * IncidentClusterer clusterer = new IncidentClusterer();           // or new IncidentClusterer(options)
 * List<Incident> all = clusterer.cluster(codedArticles);            // batch
 *
 * IncidentIndex index = clusterer.newIndex();                       // incremental
 * IncidentIndex.Update u = index.add(codedArticle);                 // upsert u.changed(), delete u.removed()
 * index.remove(docId);                                              // an article taken out or about to change
 * index.addAll(storedArticles);                                     // rebuild after a restart
 * index.incidents();  index.members(incidentId);  index.originOf(docId);
 * }</pre>
 * Adding an article whose id is already in the index replaces it (identical content changes nothing).
 *
 * <h2>Which events take part</h2>
 * Asserted and claimed events (occurrences), planned events, and denied events (mode {@code negated} with a claim
 * of stance {@code denies}: the coder's form for "Minsk denied sending troops") are grouped. Hypothetical events
 * and plain negations ("the Kremlin did not comment") are not happenings and are left out. A denial coded as a
 * speech act of its own (016 "deny", stance {@code denies}) is attached to the incident it denies (below). A group
 * made only of planned events is not an incident unless {@link Options#plannedOnlyIncidents()}.
 *
 * <h2>When two events are one happening</h2>
 * Two events are <em>linked</em> by the rules in {@link Links}: same CAMEO root (174 expulsions count as root
 * 16), same source and target country or organisation (a missing target joins the same source), symmetric codes
 * (talks, agreements, cooperation, ceasefires, fighting) joining X→Y with Y→X, dates within
 * {@link Options#windowDays()} (the event's date, else its article's; week-precision dates are ranges; month- and
 * year-precision dates only match the same month or year), compatible places, and the several targets of one act
 * in one sentence. Roots stay apart: an accusation (112) and the deed it alleges (072) are two incidents, as are a
 * retaliation and the act it answers (MDA→RUS 161 and RUS→MDA 161).
 *
 * <p>Incidents are then formed by one sweep in canonical order (event date, event id, doc id): each event joins
 * the incident holding most of the earlier events it is linked to, among incidents whose first event (its seed)
 * is within the window of it, ties to the earlier seed; else it starts an incident. Linking alone would chain a
 * daily run of statements into one months-long "incident"; the seed bounds an incident to one window, and a late
 * report cannot glue two incidents together. Because the order is canonical, the result does not depend on the
 * order articles arrive in; the index re-places only the events after a change that could be affected.
 *
 * <h2>Speech acts and denials</h2>
 * The speech act that reports a claimed event ("Poland's intelligence agency accused Belarus of sending troops":
 * same article, its speaker is the claimant) stays an incident of its own and is listed on the reported event's
 * incident with role {@link IncidentIndex.Role#SPEECH_ACT} (see {@link IncidentIndex#members}).
 * A denial act joins the incident it denies: among occurrences within the window, first the denier's own deeds as
 * others claim them, then accusations against the denier, then conflictual deeds of the denier reported
 * elsewhere; "dismissed the accusations" prefers the accusation. It then counts among the incident's events and
 * articles and is listed under {@code contradictions} (kind "denial", by = the claimant, else the source actor).
 *
 * <h2>Fields</h2>
 * <ul>
 *   <li>{@code incident_id}: {@code inc-} plus 16 hex digits of SHA-256 of the seed's doc id and event id: it
 *       stays the same as reports are added unless an earlier-dated report joins (and then the update lists the
 *       old id as removed).
 *   <li>{@code cameo}, {@code root}, {@code source}, {@code target}: the most frequent root among the
 *       occurrences (else the denied events, else the planned), the most frequent code within it, and the dyad
 *       (with a target, if any event has one) that most events agree with, then the direction most events name,
 *       then an international dyad before a domestic one, then the earliest.
 *   <li>{@code first_date}, {@code last_date}: the occurrences' earliest and latest dates.
 *   <li>{@code events}: distinct event ids, by date; {@code articles}: doc ids, by publication date.
 *   <li>{@code publishers}: distinct publishers (an article with none is its own).
 *   <li>{@code independent_sources}: distinct origins. Articles whose texts are word-for-word or near-verbatim
 *       copies (Jaccard similarity of word 5-shingles, estimated by 128-hash MinHash with 32×4 LSH bands, at or
 *       above {@link Options#duplicateThreshold()}) are one origin. With
 *       {@link Options#originsByOrganisation()} (the default), articles whose story comes from the same
 *       organisation are one origin too: the organisation is the upstream the article's claims name (a wire
 *       dateline "WARSAW, March 10 (Meridian Wire) -" or a "Source: X" line), else the publisher. A rewritten wire
 *       story and the wire's own copy are then one origin, and an outlet's two own reports of one incident are
 *       one source.
 *   <li>{@code quantities}: every number on the incident's events, with its claimant (the claim's claimant, else
 *       the source actor unless the event is claimed by someone unnamed), doc id and mode.
 *   <li>{@code contradictions}: the denials, by date; then conflicting numbers ({@link Quantities}): the same
 *       unit and role ("killed", "wounded", "detained", ...), ranges that do not overlap, different claimants;
 *       values sorted, with each value's claimant code.
 * </ul>
 */
public final class IncidentClusterer {

    /**
     * Clustering settings.
     *
     * @param windowDays            how many days apart two reports of one happening may be dated (default 7)
     * @param duplicateThreshold    estimated Jaccard similarity at or above which two texts are one origin (0.8)
     * @param originsByOrganisation whether articles from the same upstream organisation are one origin (true)
     * @param plannedOnlyIncidents  whether a group of planned events alone makes an incident (false)
     */
    public record Options(int windowDays, double duplicateThreshold, boolean originsByOrganisation,
                          boolean plannedOnlyIncidents) {
        public static final int DEFAULT_WINDOW_DAYS = 7;
        public static final double DEFAULT_DUPLICATE_THRESHOLD = 0.8;

        public Options {
            if (windowDays < 0) {
                throw new IllegalArgumentException("windowDays must be 0 or more, got " + windowDays);
            }
            if (!(duplicateThreshold > 0 && duplicateThreshold <= 1)) {
                throw new IllegalArgumentException("duplicateThreshold must be in (0, 1], got " + duplicateThreshold);
            }
        }

        public static Options defaults() {
            return new Options(DEFAULT_WINDOW_DAYS, DEFAULT_DUPLICATE_THRESHOLD, true, false);
        }

        public Options withWindowDays(int days) {
            return new Options(days, duplicateThreshold, originsByOrganisation, plannedOnlyIncidents);
        }

        public Options withDuplicateThreshold(double t) {
            return new Options(windowDays, t, originsByOrganisation, plannedOnlyIncidents);
        }

        public Options withOriginsByOrganisation(boolean on) {
            return new Options(windowDays, duplicateThreshold, on, plannedOnlyIncidents);
        }

        public Options withPlannedOnlyIncidents(boolean on) {
            return new Options(windowDays, duplicateThreshold, originsByOrganisation, on);
        }
    }

    private final Options options;

    public IncidentClusterer() {
        this(Options.defaults());
    }

    public IncidentClusterer(Options options) {
        this.options = java.util.Objects.requireNonNull(options, "options");
    }

    public Options options() {
        return options;
    }

    /** An empty index for incremental use. */
    public IncidentIndex newIndex() {
        return new IncidentIndex(options);
    }

    /** The incidents of these articles, by first date then id. Later articles with a repeated id replace earlier. */
    public List<Incident> cluster(Collection<CodedArticle> articles) {
        IncidentIndex index = newIndex();
        index.addAll(articles);
        return index.incidents();
    }
}
