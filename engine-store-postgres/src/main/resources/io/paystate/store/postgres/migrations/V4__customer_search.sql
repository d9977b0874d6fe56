-- Version 4: indexes for customer search (GET /v1/customers/search). The searched fields stay in
-- the JSON body (no new column, so release 3's commits write rows this version reads); the
-- indexes are on expressions over it, and leave tombstones out as the list indexes do.

-- email:"..." compares case-insensitively, so the exact-match list index (case-sensitive) cannot serve it
CREATE INDEX ps_customer_by_email_lc ON ${schema}.ps_customer (account, lower(email), created, ordinal)
    WHERE NOT deleted;

-- metadata["key"]:"value" is jsonb containment on the customer's metadata, as for intents
CREATE INDEX ps_customer_by_metadata ON ${schema}.ps_customer
    USING gin (((body::jsonb) -> 'customer' -> 'metadata') jsonb_path_ops) WHERE NOT deleted;
