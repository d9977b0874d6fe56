-- Version 5: the events API over the object logs: payment method events by id, and every log by account.
CREATE UNIQUE INDEX ps_payment_method_event_by_id ON ${schema}.ps_payment_method_event (account, id);

-- the events API lists an account's events of one log newest first: an index per log, as for intents
CREATE INDEX ps_customer_event_by_account ON ${schema}.ps_customer_event (account, position);

CREATE INDEX ps_payment_method_event_by_account ON ${schema}.ps_payment_method_event (account, position);

CREATE INDEX ps_setup_intent_event_by_account ON ${schema}.ps_setup_intent_event (account, position);
