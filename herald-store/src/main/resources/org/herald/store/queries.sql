-- The read path of EventStore. A query's "/*WHERE*/" is replaced by the filters that are set (the
-- fragments below, joined with AND); when a limit is set, "/*LIMIT*/" becomes "LIMIT ?" (a query without
-- the marker gets it appended). Every value is bound.

-- A page of events (a limit of at most 1000) is read in two steps: event-keys picks the rows on the few
-- columns the filters and the order need, then events-page reads just those rows whole, by seq (indexed),
-- one placeholder per row (the list is bound three times: events, claims, quantities). Reading every column
-- of every matching row to keep a hundred is far slower. events-page ends as events does.

-- name: event-keys
SELECT e.seq
FROM events e
JOIN articles a ON a.doc_id = e.doc_id
/*WHERE*/
ORDER BY e.day NULLS LAST, e.doc_id, e.ord
/*LIMIT*/

-- name: events-page
WITH ev AS MATERIALIZED (
    SELECT e.* FROM events e WHERE e.seq IN (/*SEQS*/)
), hit AS (
    SELECT ev.*, a.publisher, a.title, a.url, a.published
    FROM ev
    JOIN articles a ON a.doc_id = ev.doc_id
)
SELECT hit.*,
       c.doc_id IS NOT NULL AS has_claim, c.claimant_text, c.claimant_country, c.claimant_org, c.claimant_sector,
       c.verb AS claim_verb, c.stance AS claim_stance, c.via AS claim_via, c.publisher AS claim_publisher,
       c.upstream AS claim_upstream, qq.quantities_json
FROM hit
LEFT JOIN (SELECT c.* FROM claims c WHERE c.event_seq IN (/*SEQS*/)) c
       ON c.doc_id = hit.doc_id AND c.event_id = hit.event_id
LEFT JOIN (SELECT q.doc_id, q.event_id,
                  to_json(list(struct_pack(value := q.value, low := q.low, high := q.high, unit := q.unit,
                                           approx := q.approx, text := q.text, q_begin := q.q_begin,
                                           q_end := q.q_end) ORDER BY q.ord)) AS quantities_json
           FROM quantities q
           WHERE q.event_seq IN (/*SEQS*/)
           GROUP BY q.doc_id, q.event_id) qq ON qq.doc_id = hit.doc_id AND qq.event_id = hit.event_id
ORDER BY hit.day NULLS LAST, hit.doc_id, hit.ord

-- name: events
WITH hit AS (
    SELECT e.*, a.publisher, a.title, a.url, a.published
    FROM events e
    JOIN articles a ON a.doc_id = e.doc_id
    /*WHERE*/
    ORDER BY e.day NULLS LAST, e.doc_id, e.ord
    /*LIMIT*/
)
SELECT hit.*,
       c.doc_id IS NOT NULL AS has_claim, c.claimant_text, c.claimant_country, c.claimant_org, c.claimant_sector,
       c.verb AS claim_verb, c.stance AS claim_stance, c.via AS claim_via, c.publisher AS claim_publisher,
       c.upstream AS claim_upstream, qq.quantities_json
FROM hit
LEFT JOIN (SELECT c.* FROM claims c JOIN hit h ON h.doc_id = c.doc_id AND h.event_id = c.event_id) c
       ON c.doc_id = hit.doc_id AND c.event_id = hit.event_id
LEFT JOIN (SELECT q.doc_id, q.event_id,
                  to_json(list(struct_pack(value := q.value, low := q.low, high := q.high, unit := q.unit,
                                           approx := q.approx, text := q.text, q_begin := q.q_begin,
                                           q_end := q.q_end) ORDER BY q.ord)) AS quantities_json
           FROM quantities q
           JOIN hit h ON h.doc_id = q.doc_id AND h.event_id = q.event_id
           GROUP BY q.doc_id, q.event_id) qq ON qq.doc_id = hit.doc_id AND qq.event_id = hit.event_id
ORDER BY hit.day NULLS LAST, hit.doc_id, hit.ord

-- name: count-events
SELECT count(*)
FROM events e
JOIN articles a ON a.doc_id = e.doc_id
/*WHERE*/

-- name: claims
SELECT c.claim_id, c.doc_id, c.event_id, c.claimant_text, c.claimant_country, c.claimant_org, c.claimant_sector,
       c.verb, c.stance, c.via, c.publisher, c.upstream, e.evidence_begin, e.evidence_end, e.evidence_text,
       e.cameo, e.day
FROM claims c
JOIN events e ON e.doc_id = c.doc_id AND e.event_id = c.event_id
JOIN articles a ON a.doc_id = e.doc_id
/*WHERE*/
ORDER BY e.day NULLS LAST, c.doc_id, e.ord

-- name: actors
WITH r AS (
    SELECT e.*, a.publisher AS a_publisher, e.source_code AS r_code, e.source_country AS r_country,
           e.source_org AS r_org, e.source_sector AS r_sector, e.source_name AS r_name, e.source_text AS r_text,
           1 AS r_source
    FROM events e JOIN articles a ON a.doc_id = e.doc_id
    WHERE e.source_begin IS NOT NULL
    UNION ALL
    SELECT e.*, a.publisher, e.target_code, e.target_country, e.target_org, e.target_sector, e.target_name,
           e.target_text, 0
    FROM events e JOIN articles a ON a.doc_id = e.doc_id
    WHERE e.target_begin IS NOT NULL)
SELECT e.r_code AS code, any_value(e.r_country) AS country, any_value(e.r_org) AS org,
       any_value(e.r_sector) AS sector, coalesce(mode(e.r_name), mode(e.r_text)) AS name,
       count(DISTINCT e.doc_id || '|' || e.event_id) AS events, sum(e.r_source) AS as_source,
       count(*) - sum(e.r_source) AS as_target, count(DISTINCT e.doc_id) AS articles,
       CAST(min(e.day) AS VARCHAR) AS first_day, CAST(max(e.day) AS VARCHAR) AS last_day
FROM r e
/*WHERE*/
GROUP BY e.r_code
ORDER BY events DESC, code

-- name: failures
SELECT f.input, f.reason, f.failed_at
FROM failures f
/*WHERE*/
ORDER BY f.failed_at DESC, f.input

-- name: articles
SELECT a.doc_id, a.publisher, a.url, a.title, a.published, a.language, a.content_hash, a.event_count, a.stored_at
FROM articles a
/*WHERE*/
ORDER BY a.published NULLS LAST, a.doc_id

-- name: article-texts
SELECT a.doc_id, a.text, a.published, a.publisher, a.title, a.url, a.language
FROM articles a
ORDER BY a.doc_id

-- name: incidents
SELECT i.incident_id, i.cameo, i.root, i.source_country, i.source_org, i.target_country, i.target_org,
       i.first_date, i.last_date, i.publishers, i.independent_sources
FROM incidents i
/*WHERE*/
ORDER BY i.first_date NULLS LAST, i.incident_id

-- name: incident-events
SELECT incident_id, event_id FROM incident_events JOIN (SELECT unnest(?::VARCHAR[]) AS incident_id) ids USING (incident_id) ORDER BY incident_id, ord

-- name: incident-articles
SELECT incident_id, doc_id FROM incident_articles JOIN (SELECT unnest(?::VARCHAR[]) AS incident_id) ids USING (incident_id) ORDER BY incident_id, ord

-- name: incident-quantities
SELECT incident_id, value, unit, claimant_text, claimant_country, claimant_org, claimant_sector, doc_id, mode
FROM incident_quantities JOIN (SELECT unnest(?::VARCHAR[]) AS incident_id) ids USING (incident_id) ORDER BY incident_id, ord

-- name: incident-contradictions
SELECT incident_id, kind, by_text, by_country, by_org, by_sector, doc_id, evidence_begin, evidence_end, evidence_text,
       quantity_values, unit, claimants
FROM incident_contradictions JOIN (SELECT unnest(?::VARCHAR[]) AS incident_id) ids USING (incident_id) ORDER BY incident_id, ord

-- The flat event table of the CSV and Parquet exports, and the rows the GDELT and PLOVER writers read.
-- name: export-flat
SELECT e.doc_id, e.event_id, e.sentence, e.day, e.event_date, e.date_precision,
       e.source_code, e.source_country, e.source_org, e.source_sector, e.source_name, e.source_text,
       e.target_code, e.target_country, e.target_org, e.target_sector, e.target_name, e.target_text,
       e.cameo, e.root, e.quad_class, e.goldstein, e.plover_type, e.plover_mode, e.mode,
       e.location_name, e.location_country, e.location_lat, e.location_lon, e.location_precision,
       c.claimant_text, c.claimant_country, c.claimant_org, c.claimant_sector, c.verb AS claim_verb,
       c.stance AS claim_stance, array_to_string(c.via, '; ') AS claim_via, c.upstream AS claim_upstream,
       q.quantities, e.evidence_begin, e.evidence_end, e.evidence_text, e.rule, e.coder,
       a.publisher, a.title, a.url, a.published, a.stored_at
FROM events e
JOIN articles a ON a.doc_id = e.doc_id
LEFT JOIN claims c ON c.doc_id = e.doc_id AND c.event_id = e.event_id
LEFT JOIN (SELECT doc_id, event_id, string_agg(text, '; ' ORDER BY ord) AS quantities
           FROM quantities GROUP BY doc_id, event_id) q ON q.doc_id = e.doc_id AND q.event_id = e.event_id
/*WHERE*/
ORDER BY e.day NULLS LAST, e.doc_id, e.ord

-- Filter fragments. "filter.NAME" applies to the event queries (alias e for events, a for articles, c for
-- claims); "KIND.NAME" overrides it for one kind of query. Every "?" in a fragment is bound to the
-- filter's value. A filter with no fragment for a kind is refused for it.

-- name: filter.country
(e.source_country = ? OR e.target_country = ?)

-- name: filter.actor
(starts_with(e.source_code, upper(?)) OR starts_with(e.target_code, upper(?))
 OR contains(lower(e.source_text), lower(?)) OR contains(lower(e.target_text), lower(?))
 OR contains(lower(e.source_name), lower(?)) OR contains(lower(e.target_name), lower(?)))

-- name: filter.sector
(e.source_sector = ? OR e.target_sector = ?)

-- name: filter.cameo
starts_with(e.cameo, ?)

-- name: filter.root
e.root = ?

-- name: filter.quad
e.quad_class = ?

-- name: filter.mode
e.mode = ?

-- name: filter.from
e.day >= ?

-- name: filter.to
e.day <= ?

-- name: filter.place
(contains(lower(e.location_name), lower(?)) OR e.location_country = upper(?))

-- name: filter.publisher
contains(lower(a.publisher), lower(?))

-- name: filter.text
contains(lower(e.evidence_text), lower(?))

-- name: filter.doc
e.doc_id = ?

-- name: claims.country
(c.claimant_country = ? OR e.source_country = ? OR e.target_country = ?)

-- name: claims.actor
(starts_with(e.source_code, upper(?)) OR starts_with(e.target_code, upper(?))
 OR contains(lower(c.claimant_text), lower(?)) OR c.claimant_org = upper(?)
 OR contains(lower(e.source_text), lower(?)) OR contains(lower(e.target_text), lower(?)))

-- name: actors.country
e.r_country = ?

-- name: actors.actor
(starts_with(e.r_code, upper(?)) OR contains(lower(e.r_text), lower(?)) OR contains(lower(e.r_name), lower(?)))

-- name: actors.sector
e.r_sector = ?

-- name: actors.publisher
contains(lower(e.a_publisher), lower(?))

-- name: articles.publisher
contains(lower(a.publisher), lower(?))

-- name: articles.from
a.published >= ?

-- name: articles.to
a.published <= ?

-- name: articles.doc
a.doc_id = ?

-- name: failures.text
contains(lower(f.input || ' ' || f.reason), lower(?))

-- name: failures.from
CAST(f.failed_at AS DATE) >= ?

-- name: failures.to
CAST(f.failed_at AS DATE) <= ?

-- name: incidents.country
(i.source_country = ? OR i.target_country = ?)

-- name: incidents.actor
(i.source_country = upper(?) OR i.target_country = upper(?) OR i.source_org = upper(?) OR i.target_org = upper(?))

-- name: incidents.cameo
starts_with(i.cameo, ?)

-- name: incidents.root
i.root = ?

-- name: incidents.from
i.last_date >= CAST(? AS VARCHAR)

-- name: incidents.to
i.first_date <= CAST(? AS VARCHAR)

-- name: incidents.publisher
EXISTS (SELECT 1 FROM incident_articles ia JOIN articles a ON a.doc_id = ia.doc_id
        WHERE ia.incident_id = i.incident_id AND contains(lower(a.publisher), lower(?)))

-- name: incidents.doc
EXISTS (SELECT 1 FROM incident_articles ia WHERE ia.incident_id = i.incident_id AND ia.doc_id = ?)

-- name: incidents.text
EXISTS (SELECT 1 FROM incident_articles ia JOIN events e ON e.doc_id = ia.doc_id
        JOIN incident_events ie ON ie.incident_id = ia.incident_id AND ie.event_id = e.event_id
        WHERE ia.incident_id = i.incident_id AND contains(lower(e.evidence_text), lower(?)))

-- name: incidents.place
EXISTS (SELECT 1 FROM incident_articles ia JOIN events e ON e.doc_id = ia.doc_id
        JOIN incident_events ie ON ie.incident_id = ia.incident_id AND ie.event_id = e.event_id
        WHERE ia.incident_id = i.incident_id
          AND (contains(lower(e.location_name), lower(?)) OR e.location_country = upper(?)))

-- Parquet goes through a temporary table: DuckDB numbers the parameter of "COPY ... TO ?" before those of
-- the query inside it, so the filtered rows are staged first and copied with the path as the only parameter.

-- name: export-stage
CREATE OR REPLACE TEMP TABLE herald_export AS
/*QUERY*/

-- name: export-parquet
COPY herald_export TO ? (FORMAT PARQUET)

-- name: export-drop
DROP TABLE IF EXISTS herald_export

-- name: parquet-count
SELECT count(*) FROM read_parquet(?)
