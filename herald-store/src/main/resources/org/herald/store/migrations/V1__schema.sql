-- herald store, schema version 1: articles, their coded events (CONTRACT.md), claims, quantities,
-- incidents across articles and the inputs that failed. Applied once by Migrations.

-- One row per article. content_hash is the SHA-256 of text: the same hash for the same doc_id adds nothing.
CREATE TABLE articles (
    doc_id        VARCHAR PRIMARY KEY,
    publisher     VARCHAR,
    url           VARCHAR,
    title         VARCHAR,
    published     DATE,
    language      VARCHAR,
    content_hash  VARCHAR NOT NULL,
    text          VARCHAR NOT NULL,
    event_count   INTEGER NOT NULL,   -- how many events rows belong to it (checked by the crash test)
    stored_at     TIMESTAMP NOT NULL
);

-- One row per coded event. Event ids are stable per text, so a word-for-word copy shares them with its
-- original: the key is (doc_id, event_id). Actors are spread into columns so they can be queried.
-- seq numbers rows as they are stored (claims and quantities carry their event's seq): a page of results is
-- chosen on a few columns, then read whole by seq through these indexes.
CREATE SEQUENCE event_seq;

CREATE TABLE events (
    seq                 BIGINT NOT NULL DEFAULT nextval('event_seq'),
    doc_id              VARCHAR NOT NULL,
    event_id            VARCHAR NOT NULL,
    ord                 INTEGER NOT NULL,   -- position in the article's event list
    sentence            INTEGER NOT NULL,
    evidence_begin      INTEGER NOT NULL,
    evidence_end        INTEGER NOT NULL,
    evidence_text       VARCHAR NOT NULL,
    source_text         VARCHAR,
    source_name         VARCHAR,
    source_country      VARCHAR,
    source_org          VARCHAR,
    source_sector       VARCHAR,
    source_code         VARCHAR,
    source_begin        INTEGER,            -- null when the event has no source actor
    source_end          INTEGER,
    target_text         VARCHAR,
    target_name         VARCHAR,
    target_country      VARCHAR,
    target_org          VARCHAR,
    target_sector       VARCHAR,
    target_code         VARCHAR,
    target_begin        INTEGER,            -- null when the event has no target actor
    target_end          INTEGER,
    cameo               VARCHAR NOT NULL,
    root                VARCHAR NOT NULL,
    quad_class          INTEGER NOT NULL,
    goldstein           DOUBLE NOT NULL,
    plover_type         VARCHAR,
    plover_mode         VARCHAR,
    mode                VARCHAR NOT NULL,   -- asserted | claimed | planned | hypothetical | negated
    event_date          DATE,               -- CONTRACT date: the day, or the first day of the week/month/year
    date_precision      VARCHAR,
    day                 DATE,               -- event_date, else the article's publication date: what date filters use
    location_name       VARCHAR,
    location_country    VARCHAR,
    location_lat        DOUBLE,
    location_lon        DOUBLE,
    location_precision  VARCHAR,
    rule                VARCHAR,
    coder               VARCHAR,
    PRIMARY KEY (doc_id, event_id)
);

CREATE INDEX events_seq ON events (seq);

-- The claim on an event (CONTRACT.md "Claims"): who says it happened, through whom.
CREATE TABLE claims (
    event_seq         BIGINT NOT NULL,
    claim_id          VARCHAR NOT NULL,
    doc_id            VARCHAR NOT NULL,
    event_id          VARCHAR NOT NULL,
    claimant_text     VARCHAR,
    claimant_country  VARCHAR,
    claimant_org      VARCHAR,
    claimant_sector   VARCHAR,
    verb              VARCHAR,
    stance            VARCHAR,
    via               VARCHAR[] NOT NULL,
    publisher         VARCHAR,
    upstream          VARCHAR,
    PRIMARY KEY (doc_id, event_id)
);

CREATE INDEX claims_event_seq ON claims (event_seq);

-- The numbers on an event, in the order the event lists them.
CREATE TABLE quantities (
    event_seq BIGINT NOT NULL,
    doc_id    VARCHAR NOT NULL,
    event_id  VARCHAR NOT NULL,
    ord       INTEGER NOT NULL,
    value     DOUBLE,
    low       DOUBLE,
    high      DOUBLE,
    unit      VARCHAR,
    approx    BOOLEAN NOT NULL,
    text      VARCHAR,
    q_begin   INTEGER NOT NULL,
    q_end     INTEGER NOT NULL,
    PRIMARY KEY (doc_id, event_id, ord)
);

CREATE INDEX quantities_event_seq ON quantities (event_seq);

-- Incidents are derived from the articles and events above and rebuilt as a whole.
CREATE TABLE incidents (
    incident_id          VARCHAR PRIMARY KEY,
    cameo                VARCHAR,
    root                 VARCHAR,
    source_country       VARCHAR,
    source_org           VARCHAR,
    target_country       VARCHAR,
    target_org           VARCHAR,
    first_date           VARCHAR,
    last_date            VARCHAR,
    publishers           INTEGER NOT NULL,
    independent_sources  INTEGER NOT NULL
);

CREATE TABLE incident_events (
    incident_id  VARCHAR NOT NULL,
    ord          INTEGER NOT NULL,
    event_id     VARCHAR NOT NULL,
    PRIMARY KEY (incident_id, ord)
);

CREATE TABLE incident_articles (
    incident_id  VARCHAR NOT NULL,
    ord          INTEGER NOT NULL,
    doc_id       VARCHAR NOT NULL,
    PRIMARY KEY (incident_id, ord)
);

CREATE TABLE incident_quantities (
    incident_id       VARCHAR NOT NULL,
    ord               INTEGER NOT NULL,
    value             DOUBLE NOT NULL,
    unit              VARCHAR,
    claimant_text     VARCHAR,
    claimant_country  VARCHAR,
    claimant_org      VARCHAR,
    claimant_sector   VARCHAR,
    doc_id            VARCHAR,
    mode              VARCHAR,
    PRIMARY KEY (incident_id, ord)
);

CREATE TABLE incident_contradictions (
    incident_id    VARCHAR NOT NULL,
    ord            INTEGER NOT NULL,
    kind           VARCHAR NOT NULL,    -- denial | quantity
    by_text        VARCHAR,
    by_country     VARCHAR,
    by_org         VARCHAR,
    by_sector      VARCHAR,
    doc_id         VARCHAR,
    evidence_begin INTEGER,
    evidence_end   INTEGER,
    evidence_text  VARCHAR,
    quantity_values DOUBLE[] NOT NULL, -- for kind quantity: the conflicting values
    unit           VARCHAR,
    claimants      VARCHAR[] NOT NULL,
    PRIMARY KEY (incident_id, ord)
);

-- Inputs that could not be read or coded, one row per input (the latest reason).
CREATE TABLE failures (
    input      VARCHAR PRIMARY KEY,
    reason     VARCHAR NOT NULL,
    failed_at  TIMESTAMP NOT NULL
);
