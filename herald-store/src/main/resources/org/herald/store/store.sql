-- The write path of EventStore: one article and its events, claims and quantities in one transaction.
-- Every value is a bound parameter. Rows of a table are inserted in one statement whose parameters are
-- column lists ("?::VARCHAR[]" and so on, unnested side by side): DuckDB runs it far faster than one
-- execution per row. The element type of each list is read from its cast by EventStore; dates travel as
-- ISO text and are cast back.

-- name: article-hash
SELECT content_hash FROM articles WHERE doc_id = ?

-- name: article-hashes
SELECT a.doc_id, a.content_hash
FROM articles a
JOIN (SELECT unnest(?::VARCHAR[]) AS doc_id) ids ON ids.doc_id = a.doc_id

-- name: insert-articles
INSERT INTO articles (doc_id, publisher, url, title, published, language, content_hash, text, event_count, stored_at)
SELECT
    unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]),
    CAST(unnest(?::VARCHAR[]) AS DATE), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]),
    unnest(?::INTEGER[]), CAST(unnest(?::VARCHAR[]) AS TIMESTAMP)

-- name: update-article
UPDATE articles
SET publisher = ?, url = ?, title = ?, published = ?, language = ?, content_hash = ?, text = ?, event_count = ?,
    stored_at = ?
WHERE doc_id = ?

-- name: delete-quantities
DELETE FROM quantities WHERE doc_id = ?

-- name: delete-claims
DELETE FROM claims WHERE doc_id = ?

-- name: delete-events
DELETE FROM events WHERE doc_id = ?

-- name: next-seqs
SELECT nextval('event_seq') FROM range(?)

-- name: insert-events
INSERT INTO events (
    seq, doc_id, event_id, ord, sentence, evidence_begin, evidence_end, evidence_text, source_text, source_name,
    source_country, source_org, source_sector, source_code, source_begin, source_end, target_text,
    target_name, target_country, target_org, target_sector, target_code, target_begin, target_end, cameo,
    root, quad_class, goldstein, plover_type, plover_mode, mode, event_date, date_precision, day,
    location_name, location_country, location_lat, location_lon, location_precision, rule, coder)
SELECT
    unnest(?::BIGINT[]),
    unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::INTEGER[]), unnest(?::INTEGER[]),
    unnest(?::INTEGER[]), unnest(?::INTEGER[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]),
    unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]),
    unnest(?::VARCHAR[]), unnest(?::INTEGER[]), unnest(?::INTEGER[]), unnest(?::VARCHAR[]),
    unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]),
    unnest(?::VARCHAR[]), unnest(?::INTEGER[]), unnest(?::INTEGER[]), unnest(?::VARCHAR[]),
    unnest(?::VARCHAR[]), unnest(?::INTEGER[]), unnest(?::DOUBLE[]), unnest(?::VARCHAR[]),
    unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), CAST(unnest(?::VARCHAR[]) AS DATE), unnest(?::VARCHAR[]),
    CAST(unnest(?::VARCHAR[]) AS DATE), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::DOUBLE[]),
    unnest(?::DOUBLE[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[])

-- name: insert-claims
INSERT INTO claims (
    event_seq, claim_id, doc_id, event_id, claimant_text, claimant_country, claimant_org, claimant_sector, verb, stance,
    via, publisher, upstream)
SELECT
    unnest(?::BIGINT[]),
    unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]),
    unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]),
    unnest(?::VARCHAR[]), unnest(?::VARCHAR[][]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[])

-- name: insert-quantities
INSERT INTO quantities (
    event_seq, doc_id, event_id, ord, value, low, high, unit, approx, text, q_begin, q_end)
SELECT
    unnest(?::BIGINT[]),
    unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::INTEGER[]), unnest(?::DOUBLE[]),
    unnest(?::DOUBLE[]), unnest(?::DOUBLE[]), unnest(?::VARCHAR[]), unnest(?::BOOLEAN[]),
    unnest(?::VARCHAR[]), unnest(?::INTEGER[]), unnest(?::INTEGER[])

-- name: upsert-failure
INSERT INTO failures (input, reason, failed_at) VALUES (?, ?, ?)
ON CONFLICT (input) DO UPDATE SET reason = excluded.reason, failed_at = excluded.failed_at

-- name: clear-failure
DELETE FROM failures WHERE input = ?

-- name: delete-incident-contradictions
DELETE FROM incident_contradictions

-- name: delete-incident-quantities
DELETE FROM incident_quantities

-- name: delete-incident-articles
DELETE FROM incident_articles

-- name: delete-incident-events
DELETE FROM incident_events

-- name: delete-incidents
DELETE FROM incidents

-- name: delete-incident-contradictions-of
DELETE FROM incident_contradictions WHERE incident_id IN (SELECT unnest(?::VARCHAR[]))

-- name: delete-incident-quantities-of
DELETE FROM incident_quantities WHERE incident_id IN (SELECT unnest(?::VARCHAR[]))

-- name: delete-incident-articles-of
DELETE FROM incident_articles WHERE incident_id IN (SELECT unnest(?::VARCHAR[]))

-- name: delete-incident-events-of
DELETE FROM incident_events WHERE incident_id IN (SELECT unnest(?::VARCHAR[]))

-- name: delete-incidents-of
DELETE FROM incidents WHERE incident_id IN (SELECT unnest(?::VARCHAR[]))

-- name: insert-incidents
INSERT INTO incidents (
    incident_id, cameo, root, source_country, source_org, target_country, target_org, first_date, last_date,
    publishers, independent_sources)
SELECT
    unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]),
    unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]),
    unnest(?::VARCHAR[]), unnest(?::INTEGER[]), unnest(?::INTEGER[])

-- name: insert-incident-events
INSERT INTO incident_events (
    incident_id, ord, event_id)
SELECT
    unnest(?::VARCHAR[]), unnest(?::INTEGER[]), unnest(?::VARCHAR[])

-- name: insert-incident-articles
INSERT INTO incident_articles (
    incident_id, ord, doc_id)
SELECT
    unnest(?::VARCHAR[]), unnest(?::INTEGER[]), unnest(?::VARCHAR[])

-- name: insert-incident-quantities
INSERT INTO incident_quantities (
    incident_id, ord, value, unit, claimant_text, claimant_country, claimant_org, claimant_sector, doc_id,
    mode)
SELECT
    unnest(?::VARCHAR[]), unnest(?::INTEGER[]), unnest(?::DOUBLE[]), unnest(?::VARCHAR[]),
    unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]),
    unnest(?::VARCHAR[]), unnest(?::VARCHAR[])

-- name: insert-incident-contradictions
INSERT INTO incident_contradictions (
    incident_id, ord, kind, by_text, by_country, by_org, by_sector, doc_id, evidence_begin, evidence_end,
    evidence_text, quantity_values, unit, claimants)
SELECT
    unnest(?::VARCHAR[]), unnest(?::INTEGER[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]),
    unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]), unnest(?::VARCHAR[]),
    unnest(?::INTEGER[]), unnest(?::INTEGER[]), unnest(?::VARCHAR[]), unnest(?::DOUBLE[][]),
    unnest(?::VARCHAR[]), unnest(?::VARCHAR[][])

-- name: counts
SELECT 'articles' AS t, count(*) AS n FROM articles
UNION ALL SELECT 'events', count(*) FROM events
UNION ALL SELECT 'claims', count(*) FROM claims
UNION ALL SELECT 'quantities', count(*) FROM quantities
UNION ALL SELECT 'incidents', count(*) FROM incidents
UNION ALL SELECT 'incident_events', count(*) FROM incident_events
UNION ALL SELECT 'incident_articles', count(*) FROM incident_articles
UNION ALL SELECT 'incident_quantities', count(*) FROM incident_quantities
UNION ALL SELECT 'incident_contradictions', count(*) FROM incident_contradictions
UNION ALL SELECT 'failures', count(*) FROM failures

-- Migrations: which schema versions are applied.

-- name: schema-version-table
CREATE TABLE IF NOT EXISTS schema_version (
    version     INTEGER PRIMARY KEY,
    name        VARCHAR NOT NULL,
    applied_at  TIMESTAMP NOT NULL
)

-- name: schema-version-current
SELECT coalesce(max(version), 0) FROM schema_version

-- name: schema-version-insert
INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)
