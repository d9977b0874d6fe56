-- Version 7: SetupIntents due for settlement are leased to one engine, as due intents are.
ALTER TABLE ${schema}.ps_setup_intent ADD COLUMN due_owner text;

ALTER TABLE ${schema}.ps_setup_intent ADD COLUMN due_lease_until timestamptz;
