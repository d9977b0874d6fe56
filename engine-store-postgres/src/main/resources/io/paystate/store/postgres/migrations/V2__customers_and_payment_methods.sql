-- Version 2: customers and payment methods, each with an event log of its own.
-- Each log takes its positions from its own row of ps_log_head (decision record 11): commits of
-- customers and payment methods never wait for the intents' head, and each log is gap-free and
-- dense from 1, as the SPIs ask (a payment method's log is read without positions).

ALTER TABLE ${schema}.ps_log_head DROP CONSTRAINT ps_log_head_id_check;

ALTER TABLE ${schema}.ps_log_head ADD CONSTRAINT ps_log_head_id_check CHECK (id IN (1, 2, 3));

-- 2: the customers' log, 3: the payment methods' log
INSERT INTO ${schema}.ps_log_head (id, last_position) VALUES (2, 0), (3, 0);

CREATE SEQUENCE ${schema}.ps_customer_ordinal;

-- a deleted customer stays as a tombstone: its id is never reused and its events keep counting
CREATE TABLE ${schema}.ps_customer (
    id text PRIMARY KEY,
    account text NOT NULL,
    version bigint NOT NULL,
    ordinal bigint NOT NULL,
    created bigint NOT NULL,
    email text,
    deleted boolean NOT NULL,
    body text NOT NULL
);

-- lists never show tombstones: partial indexes keep them out of every list's scan
CREATE INDEX ps_customer_by_account ON ${schema}.ps_customer (account, created, ordinal) WHERE NOT deleted;

CREATE INDEX ps_customer_by_email ON ${schema}.ps_customer (account, email, created, ordinal) WHERE NOT deleted;

CREATE TABLE ${schema}.ps_customer_event (
    position bigint PRIMARY KEY,
    id text NOT NULL,
    account text NOT NULL,
    customer_id text NOT NULL,
    type text NOT NULL,
    created_ns bigint NOT NULL,
    body text NOT NULL,
    UNIQUE (account, id)
);

CREATE SEQUENCE ${schema}.ps_payment_method_ordinal;

CREATE TABLE ${schema}.ps_payment_method (
    id text PRIMARY KEY,
    account text NOT NULL,
    version bigint NOT NULL,
    ordinal bigint NOT NULL,
    created bigint NOT NULL,
    customer_id text,
    type text NOT NULL,
    body text NOT NULL
);

-- only attached methods have a customer: the index holds those alone
CREATE INDEX ps_payment_method_by_customer ON ${schema}.ps_payment_method (account, customer_id, created, ordinal)
    WHERE customer_id IS NOT NULL;

CREATE TABLE ${schema}.ps_payment_method_event (
    position bigint PRIMARY KEY,
    id text NOT NULL,
    account text NOT NULL,
    payment_method_id text NOT NULL,
    type text NOT NULL,
    created_ns bigint NOT NULL,
    body text NOT NULL
);
