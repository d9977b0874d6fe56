-- Version 1: intents, the event log with its position counter, subscriber positions, idempotency keys.
-- Instants are epoch nanoseconds (bigint): exact like java.time.Instant, and cheap to compare and index.
-- Each statement ends with a semicolon at the end of a line.

CREATE SEQUENCE ${schema}.ps_intent_ordinal;

CREATE TABLE ${schema}.ps_intent (
    id text PRIMARY KEY,
    account text NOT NULL,
    version bigint NOT NULL,
    ordinal bigint NOT NULL,
    created bigint NOT NULL,
    amount bigint NOT NULL,
    currency text NOT NULL,
    status text NOT NULL,
    customer_lc text,
    metadata jsonb NOT NULL,
    deadline_ns bigint,
    due_owner text,
    due_lease_until timestamptz,
    body text NOT NULL
);

CREATE INDEX ps_intent_by_account ON ${schema}.ps_intent (account, created, ordinal);

CREATE INDEX ps_intent_by_customer ON ${schema}.ps_intent (account, customer_lc, created, ordinal);

CREATE INDEX ps_intent_by_status ON ${schema}.ps_intent (account, status, created, ordinal);

CREATE INDEX ps_intent_by_metadata ON ${schema}.ps_intent USING gin (metadata jsonb_path_ops);

CREATE INDEX ps_intent_due ON ${schema}.ps_intent (deadline_ns, ordinal) WHERE deadline_ns IS NOT NULL;

CREATE TABLE ${schema}.ps_log_head (
    id integer PRIMARY KEY CHECK (id = 1),
    last_position bigint NOT NULL
);

INSERT INTO ${schema}.ps_log_head (id, last_position) VALUES (1, 0);

CREATE TABLE ${schema}.ps_event (
    position bigint PRIMARY KEY,
    id text NOT NULL,
    account text NOT NULL,
    intent_id text NOT NULL,
    type text NOT NULL,
    created_ns bigint NOT NULL,
    body text NOT NULL,
    UNIQUE (account, id)
);

CREATE INDEX ps_event_by_account ON ${schema}.ps_event (account, position);

CREATE INDEX ps_event_by_intent ON ${schema}.ps_event (account, intent_id, position);

CREATE TABLE ${schema}.ps_subscriber (
    name text PRIMARY KEY,
    position bigint NOT NULL
);

CREATE TABLE ${schema}.ps_idempotency (
    account text NOT NULL,
    key text NOT NULL,
    first_used_ns bigint NOT NULL,
    fingerprint text NOT NULL,
    response text,
    PRIMARY KEY (account, key)
);

CREATE INDEX ps_idempotency_by_first_use ON ${schema}.ps_idempotency (first_used_ns);
