-- Version 3: SetupIntents, with an event log of their own.
-- The log takes its positions from its own row of ps_log_head (decision records 11 and 14): a
-- SetupIntent's commit never waits for another log's head, and its log is gap-free from 1.

ALTER TABLE ${schema}.ps_log_head DROP CONSTRAINT ps_log_head_id_check;

ALTER TABLE ${schema}.ps_log_head ADD CONSTRAINT ps_log_head_id_check CHECK (id IN (1, 2, 3, 4));

-- 4: the SetupIntents' log
INSERT INTO ${schema}.ps_log_head (id, last_position) VALUES (4, 0);

CREATE SEQUENCE ${schema}.ps_setup_intent_ordinal;

-- settles_at_ns holds the settlement time only while the SetupIntent is processing: it is the
-- due deadline of dueForSettlement, null otherwise (the whole bookkeeping is in body)
CREATE TABLE ${schema}.ps_setup_intent (
    id text PRIMARY KEY,
    account text NOT NULL,
    version bigint NOT NULL,
    ordinal bigint NOT NULL,
    created bigint NOT NULL,
    customer_id text,
    payment_method_id text,
    settles_at_ns bigint,
    body text NOT NULL
);

-- lists, newest first, and the created range
CREATE INDEX ps_setup_intent_by_account ON ${schema}.ps_setup_intent (account, created, ordinal);

-- the customer and payment_method filters: only rows that have one are indexed
CREATE INDEX ps_setup_intent_by_customer ON ${schema}.ps_setup_intent (account, customer_id, created, ordinal)
    WHERE customer_id IS NOT NULL;

CREATE INDEX ps_setup_intent_by_payment_method ON ${schema}.ps_setup_intent
    (account, payment_method_id, created, ordinal) WHERE payment_method_id IS NOT NULL;

-- the processing SetupIntents, earliest settlement first: only they have a settlement time
CREATE INDEX ps_setup_intent_due ON ${schema}.ps_setup_intent (settles_at_ns, ordinal)
    WHERE settles_at_ns IS NOT NULL;

CREATE TABLE ${schema}.ps_setup_intent_event (
    position bigint PRIMARY KEY,
    id text NOT NULL,
    account text NOT NULL,
    setup_intent_id text NOT NULL,
    type text NOT NULL,
    created_ns bigint NOT NULL,
    body text NOT NULL,
    UNIQUE (account, id)
);
